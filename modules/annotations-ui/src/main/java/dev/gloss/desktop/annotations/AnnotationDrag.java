package dev.gloss.desktop.annotations;

import dev.gloss.desktop.core.spi.AnnotationTransfer;
import dev.gloss.workspace.Annotation;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.JComponent;
import javax.swing.TransferHandler;

/**
 * Drags the selected annotations out of the view as an {@link AnnotationTransfer} (the thread
 * composer accepts it; other applications get the quotes as text). Copy puts the quotes, with
 * their notes, on the clipboard as plain text.
 */
final class AnnotationDrag extends TransferHandler {
    private final RowTable table;

    AnnotationDrag(RowTable table) {
        this.table = table;
    }

    @Override
    public int getSourceActions(JComponent c) {
        return COPY;
    }

    @Override
    protected Transferable createTransferable(JComponent c) {
        List<Annotation> sel = table.selectedAnnotations();
        return sel.isEmpty() ? null : new AnnotationTransfer(sel);
    }

    @Override
    public void exportToClipboard(JComponent comp, Clipboard clip, int action) {
        List<Annotation> sel = table.selectedAnnotations();
        if (!sel.isEmpty()) {
            clip.setContents(new StringSelection(asText(sel)), null);
        }
    }

    /** The quotes (or kinds of mark) with their notes, one paragraph each. */
    static String asText(List<Annotation> anns) {
        return anns.stream().map(a -> {
            String q = Text.oneLine(a.exact());
            String s = q.isEmpty() ? RowRenderer.typeLabel(a) : "\u201C" + q + "\u201D";
            if (a.note() != null && !a.note().isBlank()) {
                s += "\n" + a.note().strip();
            }
            return s + " (p. " + a.page() + ")";
        }).collect(Collectors.joining("\n\n"));
    }
}
