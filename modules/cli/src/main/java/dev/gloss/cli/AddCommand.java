package dev.gloss.cli;

import dev.gloss.library.LibraryException;
import dev.gloss.sources.Identifier;
import dev.gloss.sources.Identifiers;
import dev.gloss.sources.PaperFromLink;
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
 * {@code gloss add ID-OR-URL... [--json]}: papers from the network into the library, with the
 * source's details: an arXiv id or link ({@code 2311.12786}, {@code arXiv:2311.12786v2},
 * {@code /abs/}, {@code /pdf/}, {@code hep-th/9901001}), a DOI or {@code doi.org} link, an
 * OpenReview or ACL Anthology page, a PDF's address. Each one is tried; one that fails is named
 * on stderr ({@code gloss: ID: why}) and the others go on; exit 0 when every one was added (or
 * was already there), 2 when any failed. {@code --json} prints one object per argument in order:
 * {@code {"input","id","title","authors","year","arxivId","doi","abstract","link","source",
 * "version","published","updated","pdfFrom","alreadyPresent"}}, or {@code {"input","error"}}.
 */
@ServiceProvider(service = CliCommand.class)
public final class AddCommand implements CliCommand {
    @Override
    public String name() {
        return "add";
    }

    @Override
    public String group() {
        return "Library";
    }

    @Override
    public List<String> usage() {
        return List.of("add ID-OR-URL... [--json]            arXiv id/URL, DOI, OpenReview/ACL page, PDF URL: fetched with the source's details");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws CliException {
        Args args = Args.parse(argv, Set.of(), Set.of("json"));
        if (args.positionals().isEmpty()) {
            throw new CliException("add needs at least one arXiv id, DOI or URL");
        }
        var ws = cli.workspace();
        PaperFromLink adder = new PaperFromLink(ws, Sources.forWorkspace(ws));
        List<Map<String, Object>> rows = new ArrayList<>();
        int failed = 0;
        for (String given : args.positionals()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("input", given);
            Identifier id = null;
            try {
                id = Identifiers.parse(given);
                PaperFromLink.Added a = adder.add(id, PaperFromLink.Progress.NONE, null);
                row.putAll(row(a));
                if (!args.has("json")) {
                    cli.out().println(line(a));
                }
            } catch (SourceException | LibraryException e) {
                failed++;
                String sentence = Messages.of(e);
                row.put("error", sentence);
                boolean named = e.mentions(given) || id != null && e.mentions(id.bare());
                cli.err().println("gloss: " + (named ? "" : given + ": ") + sentence);
            }
            rows.add(row);
        }
        if (args.has("json")) {
            cli.json(rows);
        }
        return failed == 0 ? 0 : 2;
    }

    private static String line(PaperFromLink.Added a) {
        Paper p = a.paper();
        PaperSource s = p.source();
        String what = s != null && s.version() != null ? "arXiv " + p.arxivId() + "v" + s.version()
                : p.doi() != null ? p.doi() : p.canonicalLink();
        return p.id() + "  " + p.displayTitle() + "  (" + (what == null || what.isBlank() ? p.file() : what)
                + (a.alreadyPresent() ? ", already in the library" : "") + ")";
    }

    static Map<String, Object> row(PaperFromLink.Added a) {
        Paper p = a.paper();
        PaperSource s = p.source();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("title", p.displayTitle());
        m.put("authors", p.authors());
        m.put("year", p.year());
        m.put("arxivId", p.arxivId());
        m.put("doi", p.doi());
        m.put("abstract", p.abstractText());
        m.put("link", p.canonicalLink().isBlank() ? null : p.canonicalLink());
        m.put("source", s == null ? null : s.from());
        m.put("version", s == null ? null : s.version());
        m.put("published", s == null ? null : s.published());
        m.put("updated", s == null ? null : s.updated());
        m.put("pdfFrom", a.pdfFrom());
        m.put("alreadyPresent", a.alreadyPresent());
        return m;
    }
}
