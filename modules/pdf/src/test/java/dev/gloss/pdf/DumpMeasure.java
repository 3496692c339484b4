package dev.gloss.pdf;

import dev.gloss.workspace.Rect;
import java.nio.file.Path;

/** Scratch: link ground truth vs text resolution (development aid). */
public final class DumpMeasure {
    public static void main(String[] a) throws Exception {
        boolean verbose = a.length > 1;
        try (PdfDocument pdf = PdfDocument.open(Path.of(a[0]))) {
            CrossReferences x = CrossReferences.read(pdf);
            int cite = 0, found = 0, obj = 0, objFound = 0;
            for (int p = 1; p <= pdf.pageCount(); p++) {
                for (PdfLink l : pdf.links(p)) {
                    if (l.external()) continue;
                    String name = l.destination() == null ? "" : l.destination();
                    Reference truth = Double.isNaN(l.targetTop()) ? null : x.entryAt(l.targetPage(), l.targetLeft(), l.targetTop());
                    boolean isCite = name.startsWith("cite.") || (truth != null && !name.matches("(?i)(figure|table|section|subsection|appendix|equation|chapter|hfootnote|item|page).*"));
                    if (isCite) {
                        cite++;
                        boolean ok = false;
                        for (Citation c : x.textCitations(p)) {
                            if (intersects(c.area(), l.area()) && c.target() != null && truth != null && c.target().reference() == truth) ok = true;
                        }
                        if (ok) found++;
                        else if (verbose) System.out.printf("MISS cite p%d %s name=%s truth=%s text=%s%n", p, l.area(), name, truth == null ? null : truth.label(), under(x, p, l));
                        continue;
                    }
                    String kind = name.replaceAll("[.*].*", "").toLowerCase();
                    if (kind.matches("figure|table|section|subsection|subsubsection|appendix|equation")) {
                        obj++;
                        boolean ok = false;
                        for (Citation c : x.textCitations(p)) {
                            if (intersects(c.area(), l.area()) && c.target() != null && c.target().page() == l.targetPage()) {
                                for (PageArea ar : c.target().areas()) {
                                    if (ar.box().bottom() - 20 <= l.targetTop() && l.targetTop() <= ar.box().top() + 40) ok = true;
                                }
                            }
                        }
                        if (ok) objFound++;
                        else if (verbose) System.out.printf("MISS obj p%d name=%s -> p%d top %.0f text=%s%n", p, name, l.targetPage(), l.targetTop(), under(x, p, l));
                    }
                }
            }
            System.out.printf("%s refs=%d citeLinks=%d found=%d (%.1f%%) objLinks=%d found=%d%n", Path.of(a[0]).getFileName(), x.references().size(), cite, found, 100.0 * found / Math.max(1, cite), obj, objFound);
        }
    }

    static String under(CrossReferences x, int p, PdfLink l) throws Exception {
        for (Citation c : x.linkCitations(p)) if (c.area().equals(l.area())) return "'" + c.text() + "'";
        return "?";
    }

    static boolean intersects(Rect a, Rect b) {
        return a.left() < b.right() && b.left() < a.right() && a.bottom() < b.top() && b.bottom() < a.top();
    }
}
