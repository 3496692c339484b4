package dev.gloss.desktop.composer;

import dev.gloss.desktop.core.spi.AnnotationTransfer;
import dev.gloss.workspace.Annotation;
import java.awt.Point;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.awt.datatransfer.StringSelection;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JComponent;
import javax.swing.TransferHandler;
import javax.swing.text.JTextComponent;

/**
 * Drops onto the composer: highlights (an {@link AnnotationTransfer}) become quote posts, image
 * files become images, plain text becomes a post. On a card, highlights go after that card and
 * images onto it, while text is left to the card's own text handling (typing, pasting, dragging
 * words); between cards, everything goes where it was dropped.
 */
final class ComposerTransfer extends TransferHandler {
    private static final Logger LOG = Logger.getLogger(ComposerTransfer.class.getName());

    private final CardActions actions;
    private final int card;
    private final TransferHandler text;
    private final ToIntFunction<Point> insertAt;

    /**
     * @param card     the card this handler sits on, or -1 for the space between cards
     * @param text     the text area's own handler (cards), or null
     * @param insertAt where posts go for a drop at a point (between cards), or null for the end
     */
    ComposerTransfer(CardActions actions, int card, TransferHandler text, ToIntFunction<Point> insertAt) {
        this.actions = actions;
        this.card = card;
        this.text = text;
        this.insertAt = insertAt;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        if (support.isDataFlavorSupported(AnnotationTransfer.FLAVOR)
                || support.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
            if (support.isDrop() && (support.getSourceDropActions() & COPY) != 0) {
                support.setDropAction(COPY);
            }
            return true;
        }
        if (text != null) {
            return text.canImport(support);
        }
        return support.isDataFlavorSupported(DataFlavor.stringFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        Transferable t = support.getTransferable();
        List<Annotation> annotations = AnnotationTransfer.from(t);
        if (!annotations.isEmpty()) {
            actions.quote(annotations, card >= 0 ? card + 1 : position(support));
            return true;
        }
        try {
            if (support.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
                @SuppressWarnings("unchecked")
                List<File> files = (List<File>) t.getTransferData(DataFlavor.javaFileListFlavor);
                if (card >= 0) {
                    actions.addImageFiles(card, files);
                } else {
                    actions.newPostWithImages(position(support), files);
                }
                return true;
            }
            if (text != null) {
                return text.importData(support);
            }
            actions.insertText((String) t.getTransferData(DataFlavor.stringFlavor), position(support));
            return true;
        } catch (UnsupportedFlavorException | IOException e) {
            LOG.log(Level.FINE, "drop not readable", e);
            return false;
        }
    }

    private int position(TransferSupport support) {
        return support.isDrop() && insertAt != null ? insertAt.applyAsInt(support.getDropLocation().getDropPoint()) : -1;
    }

    // ---- export: copy and cut go to the text area's own handler; a drag of selected words copies them

    @Override
    public int getSourceActions(JComponent c) {
        return text != null ? COPY : NONE;
    }

    @Override
    protected Transferable createTransferable(JComponent c) {
        if (c instanceof JTextComponent tc && tc.getSelectedText() != null) {
            return new StringSelection(tc.getSelectedText());
        }
        return null;
    }

    @Override
    public void exportToClipboard(JComponent comp, Clipboard clip, int action) {
        if (text != null) {
            text.exportToClipboard(comp, clip, action);
        }
    }
}
