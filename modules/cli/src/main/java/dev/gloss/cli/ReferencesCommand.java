package dev.gloss.cli;

import dev.gloss.pdf.CrossReferences;
import dev.gloss.pdf.PageArea;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.pdf.Reference;
import dev.gloss.workspace.Rect;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code gloss references FILE.pdf [--password-file F] [--json]}: the paper's reference list,
 * entry by entry. {@code --json} prints {@code {"file","references":[{"number","label","page",
 * "area","text","authors","title","year","arxivId","doi","url"}]}} with {@code area} the entry's
 * first box {@code [left, bottom, right, top]} in page space (points) and {@code areas} every
 * part of it ({@code {"page","box"}}) when it runs over columns or pages.
 */
@ServiceProvider(service = CliCommand.class)
public final class ReferencesCommand implements CliCommand {
    @Override
    public String name() {
        return "references";
    }

    @Override
    public String group() {
        return "Read";
    }

    @Override
    public List<String> usage() {
        return List.of("references FILE.pdf [--password-file F] [--json]",
                "                                     the reference list: label, authors, title, year, arXiv id, DOI, URL, page");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws CliException, PdfException {
        Args args = Args.parse(argv, Set.of("password-file"), Set.of("json"));
        String file = PdfCommands.onlyFile(args, "references");
        try (PdfDocument pdf = PdfCommands.open(args, file)) {
            List<Reference> refs = CrossReferences.read(pdf).references();
            if (args.has("json")) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Reference r : refs) {
                    rows.add(json(r));
                }
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("file", file);
                doc.put("references", rows);
                cli.json(doc);
                return 0;
            }
            PrintStream out = cli.out();
            if (refs.isEmpty()) {
                out.println("No reference list found in " + file + ".");
                return 0;
            }
            for (Reference r : refs) {
                out.println("[" + (r.label() == null ? String.valueOf(r.number()) : r.label()) + "] p" + r.page() + "  " + r.text());
                StringBuilder ids = new StringBuilder();
                append(ids, "arXiv", r.arxivId());
                append(ids, "DOI", r.doi());
                append(ids, "URL", r.url());
                if (ids.length() > 0) {
                    out.println("    " + ids);
                }
            }
            out.println(refs.size() + (refs.size() == 1 ? " reference" : " references"));
            return 0;
        }
    }

    private static void append(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append(sb.length() == 0 ? "" : "  ").append(name).append(": ").append(value);
        }
    }

    /** One entry as JSON (shared with {@code citations --json}). */
    static Map<String, Object> json(Reference r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("number", r.number());
        row.put("label", r.label());
        row.put("page", r.page());
        row.put("area", box(r.area()));
        if (r.areas().size() > 1) {
            List<Map<String, Object>> parts = new ArrayList<>();
            for (PageArea a : r.areas()) {
                parts.add(area(a));
            }
            row.put("areas", parts);
        }
        row.put("text", r.text());
        row.put("authors", r.authors());
        row.put("title", r.title());
        row.put("year", r.year());
        row.put("arxivId", r.arxivId());
        row.put("doi", r.doi());
        row.put("url", r.url());
        return row;
    }

    static Map<String, Object> area(PageArea a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", a.page());
        m.put("box", box(a.box()));
        return m;
    }

    /** A box as {@code [left, bottom, right, top]}, points rounded to a tenth. */
    static List<Double> box(Rect r) {
        return List.of(round(r.left()), round(r.bottom()), round(r.right()), round(r.top()));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
