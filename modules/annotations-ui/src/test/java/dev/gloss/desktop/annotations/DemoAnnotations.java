package dev.gloss.desktop.annotations;

import dev.gloss.library.anchor.Annotator;
import dev.gloss.workspace.Palette;
import dev.gloss.library.demo.DemoPaper;
import dev.gloss.library.PaperImporter;
import dev.gloss.pdf.PageText;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.TextRange;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.TextPositionSelector;
import dev.gloss.workspace.TextQuoteSelector;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A test workspace: the demo paper (made by the library's workspace initializer) with generated
 * highlights on real sentences of its pages, and one annotation whose text is not in the paper.
 */
final class DemoAnnotations {
    /** The quote of the annotation that cannot be anchored. */
    static final String ORPHAN_QUOTE = "Penguins compute gradients faster on Tuesdays than on any other day";

    private DemoAnnotations() {
    }

    static Workspace create(Path dir) throws Exception {
        Workspace ws = Workspace.openOrCreate(dir);
        if (ws.papers().stream().noneMatch(p -> DemoPaper.FILE_NAME.equals(p.file()))) {
            // the library's initializer normally adds it; import it when that did not happen
            Path pdf = Files.createTempDirectory("gloss-demo").resolve(DemoPaper.FILE_NAME);
            DemoPaper.write(pdf);
            PaperImporter.importFile(ws, pdf, null);
        }
        Paper demo = demoPaper(ws);
        List<Annotation> made = new ArrayList<>();
        try (PdfDocument pdf = PdfDocument.open(ws.paperFile(demo))) {
            int n = 0;
            for (int page = 1; page <= pdf.pageCount() && n < 24; page++) {
                PageText text = pdf.text(page);
                int onPage = 0;
                for (TextRange r : sentences(text.text())) {
                    if (n >= 24 || onPage++ >= 6) {
                        break;
                    }
                    String color = Palette.NAMES.get(n % 8);
                    List<String> tags = n % 3 == 0 ? List.of("method") : n % 3 == 1 ? List.of("todo", "later") : List.of();
                    String note = n % 4 == 0 ? "Check against the baseline (" + n + ")" : null;
                    made.add(ws.save(Kind.ANNOTATIONS,
                            Annotator.markup(demo.id(), text, r, AnnotationType.HIGHLIGHT, color, note, tags)));
                    n++;
                }
            }
        }
        ws.save(Kind.ANNOTATIONS, new Annotation(Ids.newId(), demo.id(), AnnotationType.HIGHLIGHT, 2, "red",
                new TextQuoteSelector(ORPHAN_QUOTE, "", ""), new TextPositionSelector(3, 3 + ORPHAN_QUOTE.length()),
                List.of(), null, null, "This one lost its text", List.of("todo"), "test", null,
                Instant.parse("2026-01-02T10:00:00Z"), null));
        return ws;
    }

    static Paper demoPaper(Workspace ws) {
        return ws.papers().stream().filter(p -> DemoPaper.FILE_NAME.equals(p.file())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the new workspace has no demo paper"));
    }

    /** Sentence-like ranges of 40 to 140 characters, split at ". ". */
    private static List<TextRange> sentences(String text) {
        List<TextRange> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(". ", start);
            if (end < 0) {
                break;
            }
            int s = start;
            while (s < end && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            if (end - s >= 40 && end - s <= 140) {
                out.add(new TextRange(s, end + 1));
            }
            start = end + 2;
        }
        return out;
    }
}
