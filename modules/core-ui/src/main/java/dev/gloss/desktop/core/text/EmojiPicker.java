package dev.gloss.desktop.core.text;

import dev.gloss.threads.emoji.Emoji;
import dev.gloss.threads.emoji.EmojiIndex;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.BadLocationException;
import javax.swing.text.JTextComponent;
import org.openide.util.NbBundle;

/**
 * The emoji picker: a search field over a grid of every emoji by group, a skin tone for those
 * that have one, and the chosen emoji's {@code :short_name:} and name. Opened under the caret with
 * Ctrl+. (or a button); typing searches at once, Up/Down move through the grid, Enter or a click
 * inserts the emoji in place of the selection, Esc closes; the keyboard goes back to the text.
 */
@NbBundle.Messages({
    "HINT_EmojiSearch=Search emoji (e.g. thread, microscope, flag germany)",
    "ACSN_EmojiSearch=Search emoji",
    "ACSN_EmojiGrid=Emoji",
    "TIP_SkinTone=Skin tone",
    "LBL_NoEmoji=No emoji found",
    "LBL_DefaultTone=Default"
})
public final class EmojiPicker {
    /** The action name bound to Ctrl+. in editors with the picker. */
    public static final String ACTION = "gloss-emoji-picker";
    private static final int CELL = 34;
    private static final int ICON = 24;
    private static final int COLUMNS = 10;
    private static final String[] TONES = {"", "\uD83C\uDFFB", "\uD83C\uDFFC", "\uD83C\uDFFD", "\uD83C\uDFFE", "\uD83C\uDFFF"};
    /** The tone chosen last, for the next opening (this session). */
    private static int tone;

    private final JTextComponent target;
    private final JDialog dialog;
    private final JTextField search = new JTextField(24);
    private final DefaultListModel<Emoji> model = new DefaultListModel<>();
    private final JList<Emoji> grid = new JList<>(model);
    private final EmojiLabel status = new EmojiLabel(" ");
    private final JComboBox<Integer> tones = new JComboBox<>(new Integer[] {0, 1, 2, 3, 4, 5});
    private final List<Integer> categoryStarts = new ArrayList<>();

    private EmojiPicker(JTextComponent target) {
        this.target = target;
        Window owner = SwingUtilities.getWindowAncestor(target);
        dialog = new JDialog(owner);
        dialog.setUndecorated(true);
        dialog.setName("emoji.picker");
        dialog.setFocusableWindowState(true);

        search.setName("emoji.search");
        search.putClientProperty("JTextField.placeholderText", Bundle.HINT_EmojiSearch());
        search.getAccessibleContext().setAccessibleName(Bundle.ACSN_EmojiSearch());
        search.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                fill();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                fill();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                // attributes only
            }
        });
        search.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                switch (e.getKeyCode()) {
                    case KeyEvent.VK_DOWN -> move(COLUMNS);
                    case KeyEvent.VK_UP -> move(-COLUMNS);
                    case KeyEvent.VK_ENTER -> pick(grid.getSelectedValue());
                    default -> {
                        return;
                    }
                }
                e.consume();
            }
        });

        grid.setName("emoji.grid");
        grid.getAccessibleContext().setAccessibleName(Bundle.ACSN_EmojiGrid());
        grid.setLayoutOrientation(JList.HORIZONTAL_WRAP);
        grid.setVisibleRowCount(-1);
        grid.setFixedCellWidth(CELL);
        grid.setFixedCellHeight(CELL);
        grid.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        grid.setCellRenderer(new Cell());
        grid.addListSelectionListener(e -> describe(grid.getSelectedValue()));
        grid.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int i = grid.locationToIndex(e.getPoint());
                if (i >= 0 && grid.getCellBounds(i, i).contains(e.getPoint())) {
                    pick(model.get(i));
                }
            }
        });
        grid.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "pick");
        grid.getActionMap().put("pick", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                pick(grid.getSelectedValue());
            }
        });
        JScrollPane scroll = new JScrollPane(grid);
        scroll.setPreferredSize(new Dimension(COLUMNS * CELL + 20, 7 * CELL));
        scroll.getVerticalScrollBar().setUnitIncrement(CELL);

        tones.setName("emoji.tone");
        tones.setToolTipText(Bundle.TIP_SkinTone());
        tones.setRenderer(new ToneCell());
        tones.setSelectedIndex(tone);
        tones.addActionListener(e -> {
            tone = tones.getSelectedIndex();
            grid.repaint();
            describe(grid.getSelectedValue());
        });

        JPanel top = new JPanel(new BorderLayout(6, 0));
        top.add(search, BorderLayout.CENTER);
        top.add(tones, BorderLayout.EAST);
        JPanel groups = new JPanel(new FlowLayout(FlowLayout.LEADING, 2, 0));
        EmojiIndex index = EmojiIndex.get();
        for (String category : index.categories()) {
            List<Emoji> members = index.inCategory(category);
            if (members.isEmpty()) {
                continue;
            }
            JButton b = new JButton(new EmojiIcon(members.get(0), 18));
            b.setToolTipText(category);
            b.setFocusable(false);
            b.putClientProperty("JButton.buttonType", "toolBarButton");
            b.addActionListener(e -> jumpTo(category));
            groups.add(b);
        }
        JPanel panel = new JPanel(new BorderLayout(0, 6));
        panel.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor") != null
                        ? UIManager.getColor("Component.borderColor") : java.awt.Color.GRAY),
                BorderFactory.createEmptyBorder(8, 8, 8, 8)));
        JPanel north = new JPanel(new BorderLayout(0, 4));
        north.add(top, BorderLayout.NORTH);
        north.add(groups, BorderLayout.SOUTH);
        panel.add(north, BorderLayout.NORTH);
        panel.add(scroll, BorderLayout.CENTER);
        panel.add(status, BorderLayout.SOUTH);
        status.setName("emoji.status");
        dialog.setContentPane(panel);
        panel.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close");
        panel.getActionMap().put("close", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                close();
            }
        });
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowDeactivated(WindowEvent e) {
                close(); // a click elsewhere closes it, as a menu does
            }
        });
        fill();
    }

    /** Opens the picker for {@code target}, under its caret. */
    public static void open(JTextComponent target) {
        if (!target.isEditable() || !target.isShowing()) {
            return;
        }
        EmojiPicker p = new EmojiPicker(target);
        p.dialog.pack();
        Point at;
        try {
            Rectangle2D r = target.modelToView2D(target.getSelectionStart());
            at = new Point((int) r.getX(), (int) (r.getY() + r.getHeight()) + 4);
        } catch (BadLocationException e) {
            at = new Point(0, target.getHeight());
        }
        SwingUtilities.convertPointToScreen(at, target);
        Rectangle screen = target.getGraphicsConfiguration().getBounds();
        Dimension size = p.dialog.getSize();
        at.x = Math.max(screen.x, Math.min(at.x, screen.x + screen.width - size.width));
        if (at.y + size.height > screen.y + screen.height) {
            at.y = Math.max(screen.y, at.y - size.height - 30);
        }
        p.dialog.setLocation(at);
        p.dialog.setVisible(true);
        p.search.requestFocusInWindow();
    }

    /** Binds Ctrl+. in {@code target} to {@link #open}. */
    public static void install(JTextComponent target) {
        target.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_PERIOD, java.awt.event.InputEvent.CTRL_DOWN_MASK), ACTION);
        target.getActionMap().put(ACTION, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                open(target);
            }
        });
    }

    private void fill() {
        model.clear();
        categoryStarts.clear();
        String q = search.getText();
        EmojiIndex index = EmojiIndex.get();
        if (q.isBlank()) {
            for (String category : index.categories()) {
                categoryStarts.add(model.size());
                index.inCategory(category).forEach(model::addElement);
            }
        } else {
            index.search(q, 200).forEach(model::addElement);
        }
        if (!model.isEmpty()) {
            grid.setSelectedIndex(0);
            grid.ensureIndexIsVisible(0);
        } else {
            status.setText(Bundle.LBL_NoEmoji());
        }
    }

    private void jumpTo(String category) {
        if (!search.getText().isEmpty()) {
            search.setText("");
        }
        int i = EmojiIndex.get().categories().indexOf(category);
        if (i >= 0 && i < categoryStarts.size()) {
            int at = categoryStarts.get(i);
            grid.setSelectedIndex(at);
            Rectangle cell = grid.getCellBounds(at, at);
            if (cell != null) {
                grid.scrollRectToVisible(new Rectangle(cell.x, cell.y, cell.width, grid.getVisibleRect().height));
            }
        }
        search.requestFocusInWindow();
    }

    private void move(int by) {
        int n = model.size();
        if (n == 0) {
            return;
        }
        int i = Math.max(0, Math.min(n - 1, grid.getSelectedIndex() + by));
        grid.setSelectedIndex(i);
        grid.ensureIndexIsVisible(i);
    }

    /** The emoji as inserted: with the chosen skin tone when it has one. */
    private static Emoji toned(Emoji e) {
        if (e == null || tone == 0) {
            return e;
        }
        String want = e.text().replace("\uFE0F", "") + TONES[tone];
        for (Emoji v : EmojiIndex.get().skinTones(e)) {
            if (v.text().replace("\uFE0F", "").equals(want)) {
                return v;
            }
        }
        List<Emoji> variants = EmojiIndex.get().skinTones(e);
        return variants.size() == 5 ? variants.get(tone - 1) : e;
    }

    private void describe(Emoji e) {
        Emoji shown = toned(e);
        status.setText(shown == null ? " " : shown.text() + "  :" + e.shortName() + ":  " + shown.name());
    }

    private void pick(Emoji e) {
        Emoji chosen = toned(e);
        close();
        if (chosen != null && target.isEditable()) {
            target.replaceSelection(chosen.text());
        }
    }

    private void close() {
        if (dialog.isDisplayable()) {
            dialog.dispose();
            // the text's window is activated again only after the picker's is gone
            SwingUtilities.invokeLater(target::requestFocus);
        }
    }

    private static final class Cell extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
            super.getListCellRendererComponent(list, "", index, selected, focus);
            Emoji e = toned((Emoji) value);
            setIcon(new EmojiIcon(e, ICON));
            setHorizontalAlignment(SwingConstants.CENTER);
            setToolTipText(":" + ((Emoji) value).shortName() + ":");
            return this;
        }
    }

    private static final class ToneCell extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
            JLabel l = (JLabel) super.getListCellRendererComponent(list, "", index, selected, focus);
            int t = value instanceof Integer i ? i : 0;
            EmojiIndex ix = EmojiIndex.get();
            Emoji hand = ix.byShortName("raised_hand").orElse(ix.all().get(0));
            Emoji shown = t == 0 ? hand : ix.skinTones(hand).get(t - 1);
            l.setIcon(new EmojiIcon(shown, 18));
            l.setToolTipText(t == 0 ? Bundle.LBL_DefaultTone() : shown.name());
            return l;
        }
    }
}
