package dev.gloss.desktop.reader.find;

import dev.gloss.desktop.reader.render.ReaderIcons;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.function.IntSupplier;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.openide.util.NbBundle;

/**
 * The find bar under the pages: type to search (after a short pause), Enter or F3 for the next
 * hit, Shift+Enter or Shift+F3 for the previous, Esc to close; shows "3 of 17".
 */
@NbBundle.Messages({
    "LBL_Find=Find:",
    "# {0} - current hit",
    "# {1} - number of hits",
    "LBL_HitOf={0} of {1}",
    "# {0} - current hit",
    "# {1} - number of hits so far",
    "LBL_HitOfSearching={0} of {1}\u2026",
    "LBL_Searching=Searching\u2026",
    "LBL_NotFound=Not found",
    "TIP_FindPrevious=Previous match (Shift+F3)",
    "TIP_FindNext=Next match (F3)",
    "TIP_FindClose=Close (Esc)"
})
public final class FindBar extends JPanel {
    private final FindModel model;
    private final IntSupplier currentPage;
    private final JTextField field = new JTextField(24);
    private final JLabel count = new JLabel();
    private final Timer typing;
    private final Color normalForeground;

    FindBar(FindModel model, IntSupplier currentPage, Runnable onClose) {
        this.model = model;
        this.currentPage = currentPage;
        setLayout(new BoxLayout(this, BoxLayout.X_AXIS));
        Color line = UIManager.getColor("Separator.foreground");
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, line != null ? line : Color.LIGHT_GRAY),
                BorderFactory.createEmptyBorder(4, 8, 4, 8)));
        JLabel label = new JLabel(Bundle.LBL_Find());
        label.setLabelFor(field);
        label.setDisplayedMnemonic('F');
        field.setMaximumSize(new Dimension(320, field.getPreferredSize().height));
        field.putClientProperty("JTextField.showClearButton", true);
        normalForeground = count.getForeground();
        JButton previous = button(ReaderIcons.UP, Bundle.TIP_FindPrevious(), this::previous);
        JButton next = button(ReaderIcons.DOWN, Bundle.TIP_FindNext(), this::next);
        JButton close = button(ReaderIcons.CLOSE, Bundle.TIP_FindClose(), onClose);
        add(label);
        add(Box.createHorizontalStrut(6));
        add(field);
        add(Box.createHorizontalStrut(4));
        add(previous);
        add(next);
        add(Box.createHorizontalStrut(10));
        add(count);
        add(Box.createHorizontalGlue());
        add(close);

        typing = new Timer(250, e -> searchNow());
        typing.setRepeats(false);
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                typing.restart();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                typing.restart();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                typing.restart();
            }
        });
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "find-next", this::next);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.SHIFT_DOWN_MASK), "find-previous", this::previous);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "find-close", onClose);
        model.addChangeListener(e -> updateCount());
    }

    private void bind(KeyStroke k, String name, Runnable r) {
        field.getInputMap(JComponent.WHEN_FOCUSED).put(k, name);
        field.getActionMap().put(name, new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        });
    }

    private static JButton button(ReaderIcons icon, String tip, Runnable r) {
        JButton b = new JButton(icon);
        b.setToolTipText(tip);
        b.setFocusable(false);
        b.putClientProperty("JButton.buttonType", "toolBarButton");
        b.addActionListener(e -> r.run());
        return b;
    }

    /** Shows the bar with {@code initial} (when not null) and puts the caret in it. */
    void open(String initial) {
        setVisible(true);
        if (initial != null && !initial.isBlank() && !initial.contains("\n") && initial.length() < 100) {
            field.setText(initial.strip());
        }
        field.selectAll();
        field.requestFocusInWindow();
        if (!field.getText().strip().equals(model.query())) {
            searchNow();
        }
    }

    public JTextField field() {
        return field;
    }

    private void searchNow() {
        typing.stop();
        String q = field.getText().strip();
        if (!q.equals(model.query())) {
            model.search(q, currentPage.getAsInt());
        }
    }

    /** The next hit; a query typed but not yet searched is searched first. */
    public void next() {
        if (!field.getText().strip().equals(model.query())) {
            searchNow();
        } else {
            model.next();
        }
    }

    void previous() {
        if (!field.getText().strip().equals(model.query())) {
            searchNow();
        } else {
            model.previous();
        }
    }

    private void updateCount() {
        int n = model.hits().size();
        count.setForeground(normalForeground);
        if (model.query().isEmpty()) {
            count.setText("");
        } else if (n == 0) {
            if (model.searching()) {
                count.setText(Bundle.LBL_Searching());
            } else {
                count.setText(Bundle.LBL_NotFound());
                Color red = UIManager.getColor("nb.errorForeground");
                count.setForeground(red != null ? red : new Color(0xC0, 0x20, 0x20));
            }
        } else if (model.searching()) {
            count.setText(Bundle.LBL_HitOfSearching(model.currentIndex(), n));
        } else {
            count.setText(Bundle.LBL_HitOf(model.currentIndex(), n));
        }
    }
}
