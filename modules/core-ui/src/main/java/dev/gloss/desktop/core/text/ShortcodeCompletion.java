package dev.gloss.desktop.core.text;

import dev.gloss.threads.emoji.Emoji;
import dev.gloss.threads.emoji.Shortcodes;
import java.awt.Component;
import java.awt.Point;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.Popup;
import javax.swing.PopupFactory;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.event.CaretEvent;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.text.JTextComponent;

/**
 * {@code :short_name:} completion in a text component ({@link Shortcodes} decides what is a name
 * and what it matches): after a colon and two letters a list of matching emoji opens under the
 * caret; Up/Down choose, Enter or Tab insert, Esc closes, typing goes on filtering. A name typed
 * whole with its closing colon ({@code :thread:}) becomes its emoji at once. The list takes no
 * keyboard focus: the keys it needs are taken from the editor only while it shows.
 */
public final class ShortcodeCompletion {
    private static final Logger LOG = Logger.getLogger(ShortcodeCompletion.class.getName());
    private static final int SHOWN = 8;
    private static final String KEY = "gloss.shortcodes";

    private final JTextComponent c;
    private final DefaultListModel<Emoji> model = new DefaultListModel<>();
    private final JList<Emoji> list = new JList<>(model);
    private final JScrollPane scroll = new JScrollPane(list);
    private Popup popup;
    private Shortcodes.Token token;
    private boolean replacing;

    private ShortcodeCompletion(JTextComponent c) {
        this.c = c;
        list.setName("shortcodes");
        list.setFocusable(false);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new Row());
        list.setVisibleRowCount(SHOWN);
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int i = list.locationToIndex(e.getPoint());
                if (i >= 0) {
                    list.setSelectedIndex(i);
                    accept();
                }
            }
        });
        scroll.setBorder(BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor") != null
                ? UIManager.getColor("Component.borderColor") : java.awt.Color.GRAY));
    }

    /** Turns completion on for {@code c}. */
    public static void install(JTextComponent c) {
        if (c.getClientProperty(KEY) != null) {
            return;
        }
        ShortcodeCompletion s = new ShortcodeCompletion(c);
        c.putClientProperty(KEY, s);
        c.getDocument().addDocumentListener(s.typing);
        c.addPropertyChangeListener("document", e -> {
            if (e.getOldValue() instanceof Document d) {
                d.removeDocumentListener(s.typing);
            }
            if (e.getNewValue() instanceof Document d) {
                d.addDocumentListener(s.typing);
            }
        });
        c.addKeyListener(s.keys);
        c.addCaretListener(s::caretMoved);
        c.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                s.close();
            }
        });
    }

    /** The list showing on {@code c}, for tests; null when none shows. */
    static JList<Emoji> shownList(JTextComponent c) {
        return c.getClientProperty(KEY) instanceof ShortcodeCompletion s && s.popup != null ? s.list : null;
    }

    private final DocumentListener typing = new DocumentListener() {
        @Override
        public void insertUpdate(DocumentEvent e) {
            if (!replacing && c.isFocusOwner()) {
                SwingUtilities.invokeLater(ShortcodeCompletion.this::update);
            }
        }

        @Override
        public void removeUpdate(DocumentEvent e) {
            if (!replacing && popup != null) {
                SwingUtilities.invokeLater(ShortcodeCompletion.this::update);
            }
        }

        @Override
        public void changedUpdate(DocumentEvent e) {
            // attributes only
        }
    };

    private final KeyAdapter keys = new KeyAdapter() {
        @Override
        public void keyPressed(KeyEvent e) {
            if (popup == null || e.isAltDown() || e.isControlDown()) {
                return;
            }
            switch (e.getKeyCode()) {
                case KeyEvent.VK_DOWN -> move(1);
                case KeyEvent.VK_UP -> move(-1);
                case KeyEvent.VK_ENTER, KeyEvent.VK_TAB -> accept();
                case KeyEvent.VK_ESCAPE -> close();
                default -> {
                    return;
                }
            }
            e.consume();
        }
    };

    private void caretMoved(CaretEvent e) {
        if (popup != null && token != null && (e.getDot() < token.start() || e.getDot() > c.getDocument().getLength())) {
            close();
        }
    }

    private void move(int by) {
        int n = model.size();
        if (n > 0) {
            int i = Math.floorMod(list.getSelectedIndex() + by, n);
            list.setSelectedIndex(i);
            list.ensureIndexIsVisible(i);
        }
    }

    private void update() {
        int caret = c.getCaretPosition();
        String text;
        try {
            text = c.getDocument().getText(0, c.getDocument().getLength());
        } catch (BadLocationException e) {
            close();
            return;
        }
        Optional<Shortcodes.Token> t = Shortcodes.tokenBefore(text, caret);
        if (t.isEmpty()) {
            close();
            return;
        }
        token = t.get();
        Optional<Emoji> exact = Shortcodes.exact(token);
        if (exact.isPresent()) {
            insert(exact.get());
            return;
        }
        if (token.closed()) {
            close();
            return;
        }
        List<Emoji> found = Shortcodes.complete(token.query(), 40);
        if (found.isEmpty()) {
            close();
            return;
        }
        model.clear();
        found.forEach(model::addElement);
        list.setVisibleRowCount(Math.min(SHOWN, found.size()));
        list.setSelectedIndex(0);
        list.ensureIndexIsVisible(0);
        show();
    }

    private void show() {
        Point at;
        try {
            Rectangle2D r = c.modelToView2D(token.start());
            at = new Point((int) r.getX(), (int) (r.getY() + r.getHeight()) + 2);
        } catch (BadLocationException e) {
            at = new Point(0, c.getHeight());
        }
        SwingUtilities.convertPointToScreen(at, c);
        if (popup != null) {
            popup.hide();
        }
        scroll.setPreferredSize(null);
        java.awt.Dimension d = scroll.getPreferredSize();
        scroll.setPreferredSize(new java.awt.Dimension(Math.max(d.width + 16, 220), d.height));
        popup = PopupFactory.getSharedInstance().getPopup(c, scroll, at.x, at.y);
        popup.show();
    }

    private void accept() {
        Emoji e = list.getSelectedValue();
        if (e != null && token != null) {
            insert(e);
        } else {
            close();
        }
    }

    private void insert(Emoji e) {
        Shortcodes.Token t = token;
        close();
        if (t == null) {
            return;
        }
        replacing = true;
        try {
            c.select(t.start(), t.end());
            c.replaceSelection(e.text());
        } catch (RuntimeException ex) {
            LOG.log(Level.FINE, "the short name moved before it was replaced", ex);
        } finally {
            replacing = false;
        }
    }

    private void close() {
        if (popup != null) {
            popup.hide();
            popup = null;
        }
        token = null;
    }

    /** One completion: the emoji as an image and its {@code :short_name:}. */
    private static final class Row extends EmojiLabel implements ListCellRenderer<Emoji> {
        Row() {
            setOpaque(true);
            setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends Emoji> l, Emoji value, int index,
                boolean selected, boolean focus) {
            setText(value.text() + "  :" + value.shortName() + ":");
            setFont(l.getFont());
            setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            setForeground(selected ? l.getSelectionForeground() : l.getForeground());
            return this;
        }
    }
}
