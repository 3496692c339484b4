package dev.gloss.desktop.core.text;

import java.awt.Dimension;
import java.awt.Insets;
import java.awt.KeyboardFocusManager;
import javax.swing.JTextPane;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import javax.swing.text.AbstractDocument;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DocumentFilter;
import javax.swing.text.View;

/**
 * A text field that draws emoji in colour ({@link EmojiEditorKit}), for short texts that may hold
 * them: a paper's title, an image's alt text. It is one paragraph, wrapped at words within the
 * width its columns ask for (a long title shows whole, in two lines, rather than scrolling out of
 * sight); a pasted line break becomes a space; Enter presses the dialog's default button and Tab
 * moves on, as in a text field. The emoji picker, {@code :short_name:} completion and paste repair
 * come with it ({@link TextEditing#install}).
 * <pre>{@code
 * EmojiField title = new EmojiField(paper.title(), 36, 1);
 * EmojiField alt = new EmojiField(image.alt(), 10, 2);   // at least two lines high
 * }</pre>
 */
public class EmojiField extends JTextPane {
    private final int columns;
    private final int rows;
    /** False while the superclass's constructor runs (it calls {@link #updateUI}). */
    private final boolean made;

    /**
     * @param columns how wide it asks to be, in average characters (as {@link javax.swing.JTextField}'s)
     * @param rows    how many lines high it is at least
     */
    public EmojiField(String text, int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        TextEditing.install(this);
        ((AbstractDocument) getDocument()).setDocumentFilter(new OneParagraph());
        setText(text == null ? "" : text);
        setCaretPosition(0);
        // Enter reaches the dialog's default button; Tab and Shift+Tab move the focus
        getInputMap().put(KeyStroke.getKeyStroke("ENTER"), "none");
        setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        made = true;
        looksLikeAField();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (made) {
            looksLikeAField(); // again after a theme switch: the pane's defaults would come back
        }
    }

    /** A text field's font and border, unless the caller chose its own (a bold title keeps its weight). */
    private void looksLikeAField() {
        java.awt.Font font = UIManager.getFont("TextField.font");
        if (font != null && (getFont() == null || getFont() instanceof javax.swing.plaf.UIResource)) {
            setFont(font);
        }
        javax.swing.border.Border border = UIManager.getBorder("TextField.border");
        if (border != null && (getBorder() == null || getBorder() instanceof javax.swing.plaf.UIResource)) {
            setBorder(border);
        }
    }

    /** As wide as its columns, as high as its text wraps to at the width it has (or will have), and at least its rows. */
    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        Insets in = getInsets();
        int width = columns * getFontMetrics(getFont()).charWidth('m') + in.left + in.right;
        int laidOut = getWidth() > 0 ? getWidth() : width;
        float lines;
        AbstractDocument doc = (AbstractDocument) getDocument();
        doc.readLock();
        try {
            View root = getUI().getRootView(this);
            root.setSize(Math.max(1, laidOut - in.left - in.right), Integer.MAX_VALUE);
            lines = root.getPreferredSpan(View.Y_AXIS);
        } finally {
            doc.readUnlock();
        }
        int least = rows * getFontMetrics(getFont()).getHeight();
        return new Dimension(width, (int) Math.ceil(Math.max(lines, least)) + in.top + in.bottom);
    }

    @Override
    public Dimension getMinimumSize() {
        Dimension d = getPreferredSize();
        d.width = Math.min(d.width, getFontMetrics(getFont()).charWidth('m') * 4);
        return d;
    }

    /** Line breaks typed or pasted become spaces: the text is one paragraph. */
    private static final class OneParagraph extends DocumentFilter {
        @Override
        public void insertString(FilterBypass fb, int offset, String text, AttributeSet attr) throws BadLocationException {
            super.insertString(fb, offset, flat(text), attr);
        }

        @Override
        public void replace(FilterBypass fb, int offset, int length, String text, AttributeSet attrs) throws BadLocationException {
            super.replace(fb, offset, length, flat(text), attrs);
        }

        private static String flat(String text) {
            return text == null ? null : text.replaceAll("\\R", " ");
        }
    }
}
