package dev.gloss.pdf;

import java.nio.file.Path;

/** Scratch: prints lines with geometry (development aid, not a test). */
public final class DumpLines {
    public static void main(String[] a) throws Exception {
        try (PdfDocument pdf = PdfDocument.open(Path.of(a[0]))) {
            int from = Integer.parseInt(a[1]);
            int to = Integer.parseInt(a[2]);
            for (int p = from; p <= to; p++) {
                for (DocLines.Ln l : DocLines.of(pdf.text(p))) {
                    System.out.printf("p%d L%6.1f R%6.1f B%6.1f s%4.1f %s| %s%n", p, l.left(), l.right(), l.base(), l.size(), l.joined() ? "J" : " ", l.text());
                }
                for (PdfLink k : pdf.links(p)) {
                    System.out.printf("  link %s -> p%d top %.1f left %.1f %s %s%n", k.area(), k.targetPage(), k.targetTop(), k.targetLeft(), k.destination(), k.uri());
                }
            }
        }
    }
}
