package dev.gloss.desktop.core.spi;

import dev.gloss.workspace.Annotation;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Drag and drop of annotations between windows (annotation view → composer). Carries the
 * annotations themselves in this JVM and their quotes as plain text for any other target.
 * The dragging window exports one, the dropping window reads it back:
 * <pre>{@code
 * // a TransferHandler of the source
 * protected Transferable createTransferable(JComponent c) { return new AnnotationTransfer(selected()); }
 * // a TransferHandler of the target
 * public boolean importData(TransferSupport s) {
 *     List<Annotation> dropped = AnnotationTransfer.from(s.getTransferable());   // empty: not ours
 *     ...
 * }
 * }</pre>
 */
public final class AnnotationTransfer implements Transferable {
    /** The flavour of a {@code List<Annotation>} within Gloss. */
    public static final DataFlavor FLAVOR = new DataFlavor(List.class, "Gloss annotations");
    private final List<Annotation> annotations;

    public AnnotationTransfer(List<Annotation> annotations) {
        this.annotations = List.copyOf(annotations);
    }

    @Override
    public DataFlavor[] getTransferDataFlavors() {
        return new DataFlavor[]{FLAVOR, DataFlavor.stringFlavor};
    }

    @Override
    public boolean isDataFlavorSupported(DataFlavor flavor) {
        return FLAVOR.equals(flavor) || DataFlavor.stringFlavor.equals(flavor);
    }

    @Override
    public Object getTransferData(DataFlavor flavor) throws UnsupportedFlavorException {
        if (FLAVOR.equals(flavor)) {
            return annotations;
        }
        if (DataFlavor.stringFlavor.equals(flavor)) {
            return annotations.stream().map(a -> "\u201C" + a.exact() + "\u201D").collect(Collectors.joining("\n\n"));
        }
        throw new UnsupportedFlavorException(flavor);
    }

    /** The annotations in {@code t}, or an empty list when it holds none. */
    @SuppressWarnings("unchecked")
    public static List<Annotation> from(Transferable t) {
        try {
            if (t.isDataFlavorSupported(FLAVOR)) {
                return (List<Annotation>) t.getTransferData(FLAVOR);
            }
        } catch (UnsupportedFlavorException | java.io.IOException e) {
            java.util.logging.Logger.getLogger(AnnotationTransfer.class.getName())
                    .log(java.util.logging.Level.FINE, "no annotations in transfer", e);
        }
        return List.of();
    }
}
