package dev.gloss.cli;

import dev.gloss.workspace.Paper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/** {@code gloss papers [--json]}: the papers of the workspace. */
@ServiceProvider(service = CliCommand.class)
public final class PapersCommand implements CliCommand {
    @Override
    public String name() {
        return "papers";
    }

    @Override
    public String group() {
        return "Library";
    }

    @Override
    public List<String> usage() {
        return List.of("papers [--json]                      the papers in the workspace");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws CliException {
        Args args = Args.parse(argv, Set.of(), Set.of("json"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("papers takes no arguments, got \"" + args.positionals().get(0) + "\"");
        }
        var ws = cli.workspace();
        List<Paper> papers = ws.papers();
        if (args.has("json")) {
            cli.json(papers.stream().map(p -> row(p, ws.annotations(p.id()).size())).toList());
            return 0;
        }
        if (papers.isEmpty()) {
            cli.out().println("No papers yet. Add one with: gloss import FILE.pdf");
            return 0;
        }
        for (Paper p : papers) {
            String authors = p.authors().isEmpty() ? "" : "  " + String.join(", ", p.authors());
            cli.out().println(p.id() + "  " + p.displayTitle() + authors);
        }
        return 0;
    }

    private static Map<String, Object> row(Paper p, int annotations) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("title", p.displayTitle());
        m.put("authors", p.authors());
        m.put("year", p.year());
        m.put("arxivId", p.arxivId());
        m.put("doi", p.doi());
        m.put("file", p.file());
        m.put("pages", p.pages());
        m.put("annotations", annotations);
        m.put("added", p.added() == null ? null : p.added().toString());
        return m;
    }
}
