package dev.gloss.cli;

import dev.gloss.pdf.OutlineItem;
import dev.gloss.pdf.PaperMetadata;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code gloss info FILE.pdf [--password-file F] [--json]}: pages, title, authors, arXiv id,
 * DOI, whether it is encrypted and the size of its outline. {@code --json} prints
 * {@code {"file","pages","title","authors","arxivId","doi","encrypted","outline"}} with
 * {@code outline} the number of outline entries (all levels).
 */
@ServiceProvider(service = CliCommand.class)
public final class InfoCommand implements CliCommand {
    @Override
    public String name() {
        return "info";
    }

    @Override
    public String group() {
        return "Read";
    }

    @Override
    public List<String> usage() {
        return List.of("info FILE.pdf [--password-file F] [--json]",
                "                                     pages, title, authors, arXiv id, DOI, encryption, outline size");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws CliException, PdfException {
        Args args = Args.parse(argv, Set.of("password-file"), Set.of("json"));
        String file = PdfCommands.onlyFile(args, "info");
        try (PdfDocument pdf = PdfCommands.open(args, file)) {
            PaperMetadata m = pdf.metadata();
            int outline = pdf.outline().stream().mapToInt(OutlineItem::count).sum();
            if (args.has("json")) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", file);
                row.put("pages", pdf.pageCount());
                row.put("title", m.title());
                row.put("authors", m.authors());
                row.put("arxivId", m.arxivId());
                row.put("doi", m.doi());
                row.put("encrypted", pdf.encrypted());
                row.put("outline", outline);
                cli.json(row);
                return 0;
            }
            var out = cli.out();
            out.println("File:      " + file);
            out.println("Pages:     " + pdf.pageCount());
            out.println("Title:     " + orDash(m.title()));
            out.println("Authors:   " + (m.authors().isEmpty() ? "-" : String.join(", ", m.authors())));
            out.println("arXiv:     " + orDash(m.arxivId()));
            out.println("DOI:       " + orDash(m.doi()));
            out.println("Year:      " + (m.year() == null ? "-" : m.year()));
            out.println("Encrypted: " + (pdf.encrypted() ? "yes" : "no"));
            out.println("Outline:   " + outline + (outline == 1 ? " entry" : " entries"));
            return 0;
        }
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
