package dev.gloss.pdf;

import java.nio.file.Path;

/** Scratch: prints references and citations (development aid, not a test). */
public final class DumpRefs {
    public static void main(String[] a) throws Exception {
        try (PdfDocument pdf = PdfDocument.open(Path.of(a[0]))) {
            long t0 = System.nanoTime();
            CrossReferences x = CrossReferences.read(pdf);
            System.out.printf("read in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            if (a.length < 2 || a[1].equals("refs")) {
                for (Reference r : x.references()) {
                    System.out.printf("#%d [%s] p%d %s%n   authors=%s%n   title=%s | year=%s arxiv=%s doi=%s url=%s%n", r.number(), r.label(), r.page(), r.text(),
                            r.authors(), r.title(), r.year(), r.arxivId(), r.doi(), r.url());
                }
            }
            if (a.length >= 2 && !a[1].equals("refs")) {
                int from = Integer.parseInt(a[1]);
                int to = a.length > 2 ? Integer.parseInt(a[2]) : from;
                for (int p = from; p <= to; p++) {
                    for (Citation c : x.citations(p)) {
                        System.out.printf("p%d %s %s '%s' label=%s -> %s%n", c.page(), c.source(), c.kind(), c.text(), c.label(),
                                c.target() == null ? "-" : c.target().kind() + " p" + c.target().page() + " " + (c.target().text() == null ? "" : c.target().text().substring(0, Math.min(70, c.target().text().length()))));
                    }
                }
            }
        }
    }
}
