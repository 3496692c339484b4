package dev.gloss.cli;

import dev.gloss.pdf.Citation;
import dev.gloss.pdf.CitationTarget;
import dev.gloss.pdf.CrossReferences;
import dev.gloss.pdf.PageArea;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code gloss citations FILE.pdf [--page N] [--password-file F] [--json]}: every citation and
 * every reference to a figure, table, equation, section or appendix, page by page: where it
 * stands, what it says, what it leads to, and whether a link annotation or the text gave it.
 * {@code --json} prints {@code {"file","citations":[{"page","area","text","kind","label",
 * "source","target"}]}}, {@code kind} one of reference, figure, table, equation, section,
 * appendix, place; {@code source} link or text; {@code target} null when nothing in the paper
 * matches, else {@code {"kind","page","top","areas","text","reference"}} with {@code reference}
 * the entry's number in {@code gloss references} (or null).
 */
@ServiceProvider(service = CliCommand.class)
public final class CitationsCommand implements CliCommand {
    @Override
    public String name() {
        return "citations";
    }

    @Override
    public String group() {
        return "Read";
    }

    @Override
    public List<String> usage() {
        return List.of("citations FILE.pdf [--page N] [--password-file F] [--json]",
                "                                     in-text citations and figure/table/section references, what each leads to (link or text)");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws CliException, PdfException {
        Args args = Args.parse(argv, Set.of("page", "password-file"), Set.of("json"));
        String file = PdfCommands.onlyFile(args, "citations");
        try (PdfDocument pdf = PdfCommands.open(args, file)) {
            int[] range = PdfCommands.pageRange(cli, pdf, args.get("page"));
            if (args.get("page") != null && range[0] != range[1]) {
                throw new CliException("--page takes one page number, not \"" + args.get("page") + "\"");
            }
            CrossReferences x = CrossReferences.read(pdf);
            List<Citation> all = new ArrayList<>();
            for (int p = range[0]; p <= range[1]; p++) {
                all.addAll(x.citations(p));
            }
            if (args.has("json")) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Citation c : all) {
                    rows.add(json(c));
                }
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("file", file);
                doc.put("citations", rows);
                cli.json(doc);
                return 0;
            }
            PrintStream out = cli.out();
            for (Citation c : all) {
                out.println("p" + c.page() + "  " + lower(c.source()) + "  " + lower(c.kind()) + "  \"" + c.text() + "\"  -> " + describe(c.target()));
            }
            out.println(all.size() + (all.size() == 1 ? " citation" : " citations"));
            return 0;
        }
    }

    private static String describe(CitationTarget t) {
        if (t == null) {
            return "(not found in the paper)";
        }
        String what = t.reference() != null ? "[" + t.reference().label() + "]" : lower(t.kind());
        String text = t.text() == null ? "" : "  " + shorten(t.text());
        return what + " p" + t.page() + text;
    }

    private static String shorten(String s) {
        return s.length() <= 90 ? s : s.substring(0, 89) + "…";
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> json(Citation c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("page", c.page());
        row.put("area", ReferencesCommand.box(c.area()));
        row.put("text", c.text());
        row.put("kind", lower(c.kind()));
        row.put("label", c.label());
        row.put("source", lower(c.source()));
        CitationTarget t = c.target();
        if (t == null) {
            row.put("target", null);
            return row;
        }
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("kind", lower(t.kind()));
        target.put("page", t.page());
        target.put("top", Double.isNaN(t.top()) ? null : Math.round(t.top() * 10) / 10.0);
        List<Map<String, Object>> areas = new ArrayList<>();
        for (PageArea a : t.areas()) {
            areas.add(ReferencesCommand.area(a));
        }
        target.put("areas", areas);
        target.put("text", t.text());
        target.put("reference", t.reference() == null ? null : t.reference().number());
        row.put("target", target);
        return row;
    }
}
