package dev.gloss.cli;

import dev.gloss.library.exchange.MarkdownExport;
import dev.gloss.library.Papers;
import dev.gloss.library.exchange.PdfExport;
import dev.gloss.library.exchange.WebAnnotationImport;
import dev.gloss.library.exchange.WebAnnotations;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code gloss annotations list|export|import}: the annotations of one paper or of all.
 * <ul>
 * <li>{@code list [--paper ID] [--json]}: by paper and page ({@code --json}: the annotation
 * objects as stored, in that order);</li>
 * <li>{@code export [--paper ID] --format markdown|jsonld|pdf --out F}: Markdown, W3C Web
 * Annotation JSON-LD, or a copy of the paper's PDF carrying them ({@code pdf} needs
 * {@code --paper});</li>
 * <li>{@code import --paper ID FILE.jsonld}: Web Annotations onto a paper, re-anchored in its
 * text; those already present are skipped.</li>
 * </ul>
 */
@ServiceProvider(service = CliCommand.class)
public final class AnnotationsCommand implements CliCommand {
    @Override
    public String name() {
        return "annotations";
    }

    @Override
    public String group() {
        return "Annotate";
    }

    @Override
    public List<String> usage() {
        return List.of(
                "annotations list [--paper ID] [--json]          the annotations, by paper and page",
                "annotations export [--paper ID] --format markdown|jsonld|pdf --out F",
                "                                     export (pdf: a copy of the paper's PDF with them; needs --paper)",
                "annotations import --paper ID FILE.jsonld [--json]   add W3C Web Annotations to a paper");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws CliException {
        if (argv.isEmpty()) {
            throw new CliException("annotations needs list, export or import; see gloss annotations --help");
        }
        String sub = argv.get(0);
        List<String> rest = argv.subList(1, argv.size());
        return switch (sub) {
            case "list" -> list(cli, rest);
            case "export" -> export(cli, rest);
            case "import" -> importFile(cli, rest);
            default -> throw new CliException("unknown annotations command \"" + sub
                    + "\"; use list, export or import");
        };
    }

    private int list(Cli cli, List<String> argv) throws CliException {
        Args args = Args.parse(argv, Set.of("paper"), Set.of("json"));
        noPositionals(args, "list");
        Workspace ws = cli.workspace();
        List<Paper> papers = papers(ws, args.get("paper"));
        List<Annotation> all = new ArrayList<>();
        for (Paper p : papers) {
            all.addAll(ws.annotations(p.id()).stream().sorted(Comparator.comparingInt(Annotation::page)
                    .thenComparingInt(a -> a.position() == null ? Integer.MAX_VALUE : a.position().start())
                    .thenComparing(Annotation::id)).toList());
        }
        if (args.has("json")) {
            cli.json(all);
            return 0;
        }
        if (all.isEmpty()) {
            cli.out().println(args.has("paper") ? "No annotations on this paper yet."
                    : "No annotations yet. Make one with: gloss annotate PAPER --page N --quote TEXT");
            return 0;
        }
        String paperId = null;
        for (Annotation a : all) {
            if (!a.paperId().equals(paperId)) {
                paperId = a.paperId();
                Paper p = ws.paper(paperId).orElseThrow();
                cli.out().println(p.id() + "  " + p.displayTitle());
            }
            cli.out().println("  " + line(a));
        }
        return 0;
    }

    /** One annotation on one line: id, page, colour and kind, quote, note, tags. */
    static String line(Annotation a) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.id()).append("  p.").append(a.page()).append("  ").append(a.color() == null ? "" : a.color() + " ")
                .append(a.type().name().toLowerCase(java.util.Locale.ROOT));
        if (!a.exact().isBlank()) {
            sb.append("  \u201c").append(shorten(a.exact(), 80)).append('\u201d');
        }
        if (a.note() != null) {
            sb.append("  \u2014 ").append(shorten(a.note(), 60));
        }
        for (String t : a.tags()) {
            sb.append("  #").append(t);
        }
        return sb.toString();
    }

    private static String shorten(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "\u2026";
    }

    private int export(Cli cli, List<String> argv) throws CliException {
        Args args = Args.parse(argv, Set.of("paper", "format", "out", "password-file"), Set.of());
        noPositionals(args, "export");
        String format = args.require("format");
        Path out = Path.of(args.require("out"));
        if (Files.isDirectory(out)) {
            throw new CliException(out + " is a folder; --out needs a file name");
        }
        Workspace ws = cli.workspace();
        String paper = args.get("paper");
        if (paper != null) {
            paper = Papers.find(ws, paper).id();
        }
        int n;
        switch (format) {
            case "markdown", "md" -> n = MarkdownExport.export(ws, paper, out);
            case "jsonld", "json-ld" -> n = WebAnnotations.export(ws, paper, out);
            case "pdf" -> {
                if (paper == null) {
                    throw new CliException("--format pdf writes one paper's PDF: add --paper ID");
                }
                char[] password = ImportCommand.password(args);
                try {
                    n = PdfExport.export(ws, paper, out, password);
                } finally {
                    if (password != null) {
                        Arrays.fill(password, '\0');
                    }
                }
            }
            default -> throw new CliException("unknown --format \"" + format + "\"; use markdown, jsonld or pdf");
        }
        cli.out().println("Wrote " + n + (n == 1 ? " annotation" : " annotations") + " to " + out);
        return 0;
    }

    private int importFile(Cli cli, List<String> argv) throws CliException {
        Args args = Args.parse(argv, Set.of("paper", "password-file"), Set.of("json"));
        if (args.positionals().size() != 1) {
            throw new CliException("annotations import needs one FILE.jsonld");
        }
        Path file = Path.of(args.positionals().get(0));
        if (!Files.isRegularFile(file)) {
            throw new CliException(file + " was not found");
        }
        String paper = args.require("paper");
        char[] password = ImportCommand.password(args);
        WebAnnotationImport.Result r;
        try {
            r = WebAnnotationImport.importFile(cli.workspace(), paper, file, password);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        List<String> problems = r.problems().stream().map(Messages::of).toList();
        problems.forEach(cli::warn);
        if (args.has("json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("imported", r.imported());
            m.put("skipped", r.skipped());
            m.put("orphaned", r.orphaned());
            m.put("problems", problems);
            cli.json(m);
        } else {
            cli.out().println("Imported " + r.imported() + (r.imported() == 1 ? " annotation" : " annotations")
                    + (r.skipped() > 0 ? ", " + r.skipped() + " already present" : "")
                    + (r.orphaned() > 0 ? ", " + r.orphaned() + " whose text was not found (kept as orphaned)" : "")
                    + ".");
        }
        return 0;
    }

    private static List<Paper> papers(Workspace ws, String paper) {
        return paper == null ? ws.papers() : List.of(Papers.find(ws, paper));
    }

    private static void noPositionals(Args args, String sub) throws CliException {
        if (!args.positionals().isEmpty()) {
            throw new CliException("annotations " + sub + " takes no argument \"" + args.positionals().get(0) + "\"");
        }
    }
}
