package dev.gloss.library.exchange;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Quad;
import java.util.Comparator;

/** The reading order of annotations on a paper: by page, then by where they are in the text. */
final class AnnotationOrder {
    private AnnotationOrder() {
    }

    static final Comparator<Annotation> READING = Comparator.comparingInt(Annotation::page)
            .thenComparingInt(AnnotationOrder::offset)
            .thenComparingDouble(a -> -top(a))
            .thenComparing(Annotation::id);

    private static int offset(Annotation a) {
        return a.position() == null ? Integer.MAX_VALUE : a.position().start();
    }

    private static double top(Annotation a) {
        double t = -Double.MAX_VALUE;
        for (Quad q : a.quads()) {
            t = Math.max(t, q.maxY());
        }
        if (a.area() != null) {
            t = Math.max(t, a.area().top());
        }
        return t;
    }
}
