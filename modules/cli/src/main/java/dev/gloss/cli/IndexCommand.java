package dev.gloss.cli;

import dev.gloss.search.IndexProgress;
import dev.gloss.search.IndexRun;
import dev.gloss.search.IndexStats;
import dev.gloss.search.SearchIndex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code gloss index [--rebuild] [--json]}: brings the search index of the workspace up to date
 * (only what changed), or with {@code --rebuild} indexes everything again. Prints one summary
 * line ("indexed 12 papers, 180 pages in 4.2 s"); PDFs that cannot be read are named on stderr
 * and skipped. Progress goes to stderr, and only when it is a terminal, so stdout stays clean.
 * {@code --json} prints {@code {"papers","pages","documents","seconds","failures":[{"paper","file","reason"}]}}.
 */
@ServiceProvider(service = CliCommand.class)
public final class IndexCommand implements CliCommand {
    @Override
    public String name() {
        return "index";
    }

    @Override
    public String group() {
        return "Library";
    }

    @Override
    public List<String> usage() {
        return List.of("index [--rebuild] [--json]            update (or rebuild) the search index");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws Exception {
        Args args = Args.parse(argv, Set.of(), Set.of("rebuild", "json"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("index takes no arguments, got \"" + args.positionals().get(0) + "\"");
        }
        IndexStats stats;
        try (SearchIndex index = SearchIndex.open(cli.workspace(), false)) {
            IndexRun run = args.has("rebuild") ? index.rebuild() : index.sync();
            stats = follow(cli, index, run);
        }
        if (args.has("json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("papers", stats.papers());
            m.put("pages", stats.pages());
            m.put("documents", stats.documents());
            m.put("seconds", stats.elapsed().toMillis() / 1000.0);
            m.put("failures", stats.failures().stream().map(f -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("paper", f.paperId());
                r.put("file", f.file());
                r.put("reason", Messages.phrase(f.reason()));
                return r;
            }).toList());
            cli.json(m);
        } else {
            cli.out().println(summary(stats));
        }
        return 0;
    }

    /** One line, e.g. "indexed 12 papers, 180 pages in 4.2 s; 1 PDF could not be read". */
    static String summary(IndexStats stats) {
        int papers = stats.papers();
        int pages = stats.pages();
        int partly = (int) stats.failures().stream().filter(f -> f.reason() instanceof dev.gloss.search.IndexLimit).count();
        int failed = stats.failures().size() - partly;
        String s = String.format(java.util.Locale.ROOT, "indexed %d paper%s, %d page%s in %.1f s",
                papers, papers == 1 ? "" : "s", pages, pages == 1 ? "" : "s", stats.elapsed().toMillis() / 1000.0);
        if (failed > 0) {
            s += "; " + failed + " PDF" + (failed == 1 ? "" : "s") + " could not be read";
        }
        if (partly > 0) {
            s += "; " + partly + " PDF" + (partly == 1 ? " was" : "s were") + " indexed in part";
        }
        return stats.cancelled() ? s + " (cancelled)" : s;
    }

    /**
     * Waits for an indexing run, showing progress on stderr when it is a terminal, and names
     * the PDFs that could not be read.
     */
    static IndexStats follow(Cli cli, SearchIndex index, IndexRun run) throws InterruptedException {
        IndexProgress bar = System.console() == null ? null : new IndexProgress() {
            @Override
            public void progress(long done, long total) {
                cli.err().print("\rindexing: " + done + "/" + total + " pages ");
                cli.err().flush();
            }

            @Override
            public void idle() {
                cli.err().print("\r\033[K");
                cli.err().flush();
            }
        };
        if (bar != null) {
            index.addProgressListener(bar);
        }
        try {
            IndexStats stats = run.await();
            SearchCommand.warnFailures(cli, stats);
            return stats;
        } finally {
            if (bar != null) {
                index.removeProgressListener(bar);
            }
        }
    }
}
