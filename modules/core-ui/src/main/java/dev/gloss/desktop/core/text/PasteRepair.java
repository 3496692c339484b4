package dev.gloss.desktop.core.text;

import dev.gloss.threads.TextRepair;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.geom.Rectangle2D;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Popup;
import javax.swing.PopupFactory;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.text.JTextComponent;
import org.openide.util.NbBundle;

/**
 * Pasted text that arrives garbled (mojibake, curly quotes, PDF spaces and hyphenation; the rules
 * are {@link TextRepair}'s) is offered repaired right under it, never repaired silently: one click
 * on <em>Fix text encoding</em> (or Alt+Enter) replaces the pasted stretch with the repaired text,
 * Esc or going on typing keeps it as pasted. The offer takes no keyboard focus, so typing is never
 * interrupted. Works for any text component: posts, notes, titles.
 *
 * <pre>{@code
 * PasteRepair.install(editor);                // Ctrl+V, Shift+Insert and the Paste menu item
 * PasteRepair.offer(editor, start, end);      // text inserted some other way (a drop)
 * }</pre>
 */
@NbBundle.Messages({
    "LBL_RepairEncoding=This text looks garbled (wrong encoding):",
    "LBL_RepairCleanup=Text from a PDF or web page:",
    "BTN_FixEncoding=Fix text encoding",
    "BTN_CleanUp=Clean up text",
    "BTN_KeepAsPasted=Keep as pasted",
    "TIP_FixKeys=Alt+Enter: fix · Esc: keep"
})
public final class PasteRepair {
    private static final Logger LOG = Logger.getLogger(PasteRepair.class.getName());
    private static final String PASTE = (String) TransferHandler.getPasteAction().getValue(Action.NAME);
    private static final String KEY = "gloss.pasteRepair";
    /** Characters of the repaired text shown in the offer. */
    private static final int PREVIEW = 80;

    private PasteRepair() {
    }

    /** Makes every paste into {@code c} check the pasted text. */
    public static void install(JTextComponent c) {
        if (c.getClientProperty(KEY) != null) {
            return;
        }
        c.putClientProperty(KEY, Boolean.TRUE);
        Action platform = c.getActionMap().get(PASTE);
        if (platform == null) {
            platform = TransferHandler.getPasteAction();
        }
        c.getActionMap().put(PASTE, new CheckedPaste(platform));
    }

    /** The paste action of an installed component, for menus that offer Paste. */
    public static Action pasteAction(JTextComponent c) {
        install(c);
        return c.getActionMap().get(PASTE);
    }

    private static final class CheckedPaste extends AbstractAction {
        private final Action platform;

        CheckedPaste(Action platform) {
            super(PASTE);
            this.platform = platform;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            JTextComponent c = e.getSource() instanceof JTextComponent t ? t : null;
            if (c == null) {
                platform.actionPerformed(e);
                return;
            }
            int start = c.getSelectionStart();
            int replaced = c.getSelectionEnd() - start;
            int before = c.getDocument().getLength();
            platform.actionPerformed(new ActionEvent(c, e.getID(), e.getActionCommand(), e.getWhen(), e.getModifiers()));
            int inserted = c.getDocument().getLength() - (before - replaced);
            if (inserted > 0 && c.getCaretPosition() == start + inserted) {
                offer(c, start, start + inserted);
            }
        }
    }

    /** Offers {@code c}'s text in [start, end) repaired, if it needs repair; returns whether it did. */
    public static boolean offer(JTextComponent c, int start, int end) {
        String text;
        try {
            text = c.getDocument().getText(start, end - start);
        } catch (BadLocationException e) {
            return false;
        }
        TextRepair.Result r = TextRepair.check(text);
        if (!r.changed()) {
            return false;
        }
        new Offer(c, start, r).show();
        return true;
    }

    /** The offer under the pasted text, until used, refused, or made moot by an edit. */
    private static final class Offer {
        private final JTextComponent c;
        private final int start;
        private final TextRepair.Result repair;
        private final JPanel panel = new JPanel(new BorderLayout(8, 2));
        private final JButton fix = new JButton();
        private final KeyAdapter keys;
        private final DocumentListener edits;
        private final FocusAdapter focus;
        private Popup popup;
        private boolean applying;

        Offer(JTextComponent c, int start, TextRepair.Result repair) {
            this.c = c;
            this.start = start;
            this.repair = repair;
            boolean encoding = repair.changes().contains(TextRepair.Change.ENCODING);
            JLabel what = new JLabel(encoding ? Bundle.LBL_RepairEncoding() : Bundle.LBL_RepairCleanup());
            EmojiLabel preview = new EmojiLabel(preview(repair.text()));
            preview.setName("repair.preview");
            fix.setText(encoding ? Bundle.BTN_FixEncoding() : Bundle.BTN_CleanUp());
            fix.setName("repair.fix");
            fix.setToolTipText(Bundle.TIP_FixKeys());
            JButton keep = new JButton(Bundle.BTN_KeepAsPasted());
            keep.setName("repair.keep");
            for (JButton b : new JButton[] {fix, keep}) {
                b.setFocusable(false); // the keyboard stays in the text
            }
            fix.addActionListener(e -> apply());
            keep.addActionListener(e -> hide());
            JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
            buttons.setOpaque(false);
            buttons.add(fix);
            buttons.add(keep);
            JPanel text = new JPanel(new BorderLayout(0, 2));
            text.setOpaque(false);
            text.add(what, BorderLayout.NORTH);
            text.add(preview, BorderLayout.CENTER);
            panel.add(text, BorderLayout.CENTER);
            panel.add(buttons, BorderLayout.SOUTH);
            panel.setName("repair.offer");
            Color border = UIManager.getColor("Component.borderColor");
            panel.setBorder(BorderFactory.createCompoundBorder(
                    BorderFactory.createLineBorder(border != null ? border : Color.GRAY),
                    BorderFactory.createEmptyBorder(6, 8, 6, 8)));
            Color bg = UIManager.getColor("ToolTip.background");
            if (bg != null) {
                panel.setBackground(bg);
            }
            keys = new KeyAdapter() {
                @Override
                public void keyPressed(KeyEvent e) {
                    if (e.getKeyCode() == KeyEvent.VK_ENTER && e.isAltDown()) {
                        e.consume();
                        apply();
                    } else if (e.getKeyCode() == KeyEvent.VK_ESCAPE) {
                        e.consume();
                        hide();
                    }
                }
            };
            edits = new DocumentListener() {
                @Override
                public void insertUpdate(DocumentEvent e) {
                    moot();
                }

                @Override
                public void removeUpdate(DocumentEvent e) {
                    moot();
                }

                @Override
                public void changedUpdate(DocumentEvent e) {
                    // attributes only: the text is the same
                }
            };
            focus = new FocusAdapter() {
                @Override
                public void focusLost(FocusEvent e) {
                    if (!e.isTemporary()) {
                        hide();
                    }
                }
            };
        }

        private static String preview(String text) {
            String one = text.replaceAll("\\s+", " ").strip();
            return one.length() <= PREVIEW ? one : one.substring(0, PREVIEW - 1) + "\u2026";
        }

        void show() {
            Point at;
            try {
                Rectangle2D r = c.modelToView2D(Math.min(start + repair.original().length(), c.getDocument().getLength()));
                at = new Point((int) c.modelToView2D(start).getX(), (int) (r.getY() + r.getHeight()) + 2);
            } catch (BadLocationException e) {
                at = new Point(0, c.getHeight());
            }
            Rectangle visible = c.getVisibleRect();
            at.x = Math.max(visible.x, Math.min(at.x, visible.x + visible.width - panel.getPreferredSize().width));
            SwingUtilities.convertPointToScreen(at, c);
            popup = PopupFactory.getSharedInstance().getPopup(c, panel, at.x, at.y);
            popup.show();
            c.addKeyListener(keys);
            c.getDocument().addDocumentListener(edits);
            c.addFocusListener(focus);
            c.putClientProperty(Offer.class, this);
        }

        private void moot() {
            if (!applying) {
                SwingUtilities.invokeLater(this::hide); // not from inside the document's notification
            }
        }

        void apply() {
            Document doc = c.getDocument();
            String original = repair.original();
            try {
                if (start + original.length() <= doc.getLength() && doc.getText(start, original.length()).equals(original)) {
                    applying = true;
                    c.select(start, start + original.length());
                    c.replaceSelection(repair.text());
                }
            } catch (BadLocationException e) {
                LOG.log(Level.FINE, "the pasted text moved before it was repaired", e);
            } finally {
                applying = false;
                hide();
            }
        }

        void hide() {
            if (popup != null) {
                popup.hide();
                popup = null;
            }
            c.removeKeyListener(keys);
            c.getDocument().removeDocumentListener(edits);
            c.removeFocusListener(focus);
            if (c.getClientProperty(Offer.class) == this) {
                c.putClientProperty(Offer.class, null);
            }
        }
    }

    /** The offer showing on {@code c}, for tests: its panel, or null. */
    static JComponent offerPanel(JTextComponent c) {
        return c.getClientProperty(Offer.class) instanceof Offer o ? o.panel : null;
    }
}
