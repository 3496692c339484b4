package dev.gloss.cli;

import dev.gloss.library.Papers;
import dev.gloss.sources.ArxivUpdates;
import dev.gloss.sources.Citations;
import dev.gloss.sources.SourceException;
import dev.gloss.sources.Sources;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.PaperSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code gloss papers [--json] [--bibtex] [--check-updates] [PAPER...]}: the papers of the
 * workspace. {@code --bibtex} prints their BibTeX entries (stable citation keys) instead;
 * {@code --check-updates} asks arXiv for a newer version of each paper with an arXiv id and
 * keeps the answer in its {@code paper.json} (exit 2 when a check could not be made). With
 * PAPER ids (or unique prefixes), only those.
 */
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
        return List.of("papers [--json] [--bibtex] [--check-updates] [PAPER...]   the papers; BibTeX; newer arXiv versions");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws CliException {
        Args args = Args.parse(argv, Set.of(), Set.of("json", "bibtex", "check-updates"));
        if (!args.positionals().isEmpty() && !args.has("bibtex") && !args.has("check-updates")) {
            throw new CliException("papers takes paper ids only with --bibtex or --check-updates, got \"" + args.positionals().get(0) + "\"");
        }
        if (args.has("bibtex") && args.has("check-updates")) {
            throw new CliException("papers takes --bibtex or --check-updates, not both");
        }
        var ws = cli.workspace();
        List<Paper> papers = ws.papers();
        if (!args.positionals().isEmpty()) {
            List<Paper> chosen = new ArrayList<>();
            for (String id : args.positionals()) {
                chosen.add(Papers.find(ws, id));
            }
            papers = chosen;
        }
        if (args.has("bibtex")) {
            cli.out().print(Citations.bibtex(papers));
            return 0;
        }
        if (args.has("check-updates")) {
            return checkUpdates(cli, papers, args.has("json"));
        }
        if (args.has("json")) {
            cli.json(papers.stream().map(p -> row(p, ws.annotations(p.id()).size())).toList());
            return 0;
        }
        if (papers.isEmpty()) {
            cli.out().println("No papers yet. Add one with: gloss add ARXIV-ID-OR-URL, or gloss import FILE.pdf");
            return 0;
        }
        for (Paper p : papers) {
            String authors = p.authors().isEmpty() ? "" : "  " + String.join(", ", p.authors());
            cli.out().println(p.id() + "  " + p.displayTitle() + authors);
        }
        return 0;
    }

    private static int checkUpdates(Cli cli, List<Paper> papers, boolean json) throws CliException {
        var ws = cli.workspace();
        List<ArxivUpdates.Check> checks;
        try {
            checks = new ArxivUpdates(ws, Sources.forWorkspace(ws)).checkAll(papers, null);
        } catch (SourceException e) {
            throw new CliException(Messages.of(e), e);
        }
        int failed = 0;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ArxivUpdates.Check c : checks) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.paper().id());
            m.put("title", c.paper().displayTitle());
            m.put("arxivId", c.paper().arxivId());
            m.put("version", c.version());
            m.put("latest", c.latest());
            m.put("newer", c.newer());
            if (c.error() != null) {
                failed++;
                m.put("error", Messages.of(c.error()));
                cli.err().println("gloss: " + c.paper().id() + ": " + Messages.of(c.error()));
            } else if (!json) {
                String v = c.version() == null ? "version unknown" : "v" + c.version();
                cli.out().println(c.paper().id() + "  " + c.paper().displayTitle() + "  " + (c.newer()
                        ? v + " -> v" + c.latest() + " (newer on arXiv)" : c.version() == null ? v + ", latest v" + c.latest()
                        : v + " (the latest)"));
            }
            rows.add(m);
        }
        if (json) {
            cli.json(rows);
        } else if (checks.isEmpty()) {
            cli.out().println("No paper with an arXiv id to check.");
        }
        return failed == 0 ? 0 : 2;
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
        PaperSource s = p.source();
        m.put("link", p.canonicalLink().isBlank() ? null : p.canonicalLink());
        m.put("source", s == null ? null : s.from());
        m.put("version", s == null ? null : s.version());
        m.put("latestVersion", s == null ? null : s.latestVersion());
        m.put("published", s == null ? null : s.published());
        return m;
    }
}
