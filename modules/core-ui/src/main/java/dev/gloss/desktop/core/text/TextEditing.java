package dev.gloss.desktop.core.text;

import javax.swing.JEditorPane;
import javax.swing.JTextPane;
import javax.swing.UIManager;
import javax.swing.text.JTextComponent;

/**
 * Everything an editor of posts, notes or titles needs in one call: emoji drawn as images (for
 * editor panes), the picker on Ctrl+., {@code :short_name:} completion, and pasted text checked
 * for repair.
 *
 * <pre>{@code
 * JTextPane post = TextEditing.editor();     // a pane with all of it
 * TextEditing.install(titleField);           // a field: picker, completion, paste repair
 * }</pre>
 */
public final class TextEditing {
    private TextEditing() {
    }

    /** A new editor pane with the text area's font that draws emoji, with the picker, completion and paste repair. */
    public static JTextPane editor() {
        JTextPane pane = new JTextPane();
        EmojiEditorKit.useIn(pane);
        java.awt.Font font = UIManager.getFont("TextArea.font");
        if (font != null) {
            pane.setFont(font);
        }
        install(pane);
        return pane;
    }

    /** Adds the picker, completion and paste repair to {@code c} (and emoji drawing to an editor pane without it). */
    public static void install(JTextComponent c) {
        if (c instanceof JEditorPane pane && !(pane.getEditorKit() instanceof EmojiEditorKit)) {
            EmojiEditorKit.useIn(pane);
        }
        EmojiPicker.install(c);
        ShortcodeCompletion.install(c);
        PasteRepair.install(c);
    }
}
