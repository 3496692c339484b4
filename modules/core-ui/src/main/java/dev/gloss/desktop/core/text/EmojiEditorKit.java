package dev.gloss.desktop.core.text;

import dev.gloss.threads.emoji.Clusters;
import java.awt.event.ActionEvent;
import javax.swing.Action;
import javax.swing.JEditorPane;
import javax.swing.UIManager;
import javax.swing.text.AbstractDocument;
import javax.swing.text.BadLocationException;
import javax.swing.text.BoxView;
import javax.swing.text.ComponentView;
import javax.swing.text.Document;
import javax.swing.text.Element;
import javax.swing.text.FlowView;
import javax.swing.text.IconView;
import javax.swing.text.JTextComponent;
import javax.swing.text.LabelView;
import javax.swing.text.ParagraphView;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledEditorKit;
import javax.swing.text.TextAction;
import javax.swing.text.View;
import javax.swing.text.ViewFactory;

/**
 * A styled editor kit whose text views draw emoji as images ({@link EmojiGlyphPainter}), for any
 * {@link JEditorPane} or {@link javax.swing.JTextPane}: the editors of posts, notes and titles, and
 * the previews. The document and its text are the usual ones; the caret and Backspace/Delete step
 * over a grapheme cluster, so a family emoji or a flag is one character to the user, as it is to
 * the counters.
 *
 * <p>Paragraphs lay their lines out with the platform's plain flow even when the document holds
 * text the JDK calls complex (every emoji is, for the JDK), since its TextLayout flow would bring
 * back the JDK's own glyphs and widths. Right-to-left text is therefore drawn in logical order per
 * run; Gloss's posts are mostly left-to-right, and this is the price of colour emoji.
 *
 * <pre>{@code
 * JTextPane pane = new JTextPane();
 * EmojiEditorKit.useIn(pane);            // keeps the pane's text
 * }</pre>
 */
public class EmojiEditorKit extends StyledEditorKit {

    private static final ViewFactory FACTORY = new Factory();

    /** Gives {@code pane} this kit, keeping its text. */
    public static void useIn(JEditorPane pane) {
        String text = pane.getText();
        pane.setEditorKit(new EmojiEditorKit());
        if (!text.isEmpty()) {
            pane.setText(text);
        }
        // a pane's text keeps the look and feel's font and colours, as a text area's does
        pane.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        EmojiImages.preload();
    }

    @Override
    public ViewFactory getViewFactory() {
        return FACTORY;
    }

    @Override
    public Object clone() {
        return new EmojiEditorKit();
    }

    @Override
    public Action[] getActions() {
        return TextAction.augmentList(super.getActions(),
                new Action[] {new DeleteCluster(deletePrevCharAction, false), new DeleteCluster(deleteNextCharAction, true)});
    }

    private static final class Factory implements ViewFactory {
        @Override
        public View create(Element elem) {
            String kind = elem.getName();
            if (kind != null) {
                switch (kind) {
                    case AbstractDocument.ContentElementName:
                        return new EmojiLabelView(elem);
                    case AbstractDocument.ParagraphElementName:
                        return new PlainFlowParagraph(elem);
                    case AbstractDocument.SectionElementName:
                        return new BoxView(elem, View.Y_AXIS);
                    case StyleConstants.ComponentElementName:
                        return new ComponentView(elem);
                    case StyleConstants.IconElementName:
                        return new IconView(elem);
                    default:
                        break;
                }
            }
            return new EmojiLabelView(elem);
        }
    }

    /** A label view that always paints with the emoji painter. */
    static final class EmojiLabelView extends LabelView {
        EmojiLabelView(Element elem) {
            super(elem);
            setGlyphPainter(EmojiGlyphPainter.INSTANCE);
        }

        @Override
        protected void checkPainter() {
            if (getGlyphPainter() == null) {
                setGlyphPainter(EmojiGlyphPainter.INSTANCE);
            }
        }
    }

    /** A paragraph that keeps the plain flow strategy (see the class comment). */
    static final class PlainFlowParagraph extends ParagraphView {
        PlainFlowParagraph(Element elem) {
            super(elem);
            strategy = new FlowView.FlowStrategy();
        }
    }

    /** Backspace and Delete remove a whole grapheme cluster when nothing is selected. */
    private static final class DeleteCluster extends TextAction {
        private final boolean forward;

        DeleteCluster(String name, boolean forward) {
            super(name);
            this.forward = forward;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            JTextComponent target = getTextComponent(e);
            if (target == null || !target.isEditable() || !target.isEnabled()) {
                if (target != null) {
                    UIManager.getLookAndFeel().provideErrorFeedback(target);
                }
                return;
            }
            Document doc = target.getDocument();
            int dot = target.getCaret().getDot();
            int mark = target.getCaret().getMark();
            try {
                if (dot != mark) {
                    doc.remove(Math.min(dot, mark), Math.abs(dot - mark));
                    return;
                }
                String text = doc.getText(0, doc.getLength());
                if (forward ? dot >= text.length() : dot <= 0) {
                    UIManager.getLookAndFeel().provideErrorFeedback(target);
                    return;
                }
                int other = forward ? Clusters.following(text, dot) : Clusters.preceding(text, dot);
                doc.remove(Math.min(dot, other), Math.abs(dot - other));
            } catch (BadLocationException ex) {
                UIManager.getLookAndFeel().provideErrorFeedback(target);
            }
        }
    }
}
