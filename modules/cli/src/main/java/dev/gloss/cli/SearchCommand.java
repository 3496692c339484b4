package dev.gloss.cli;

import dev.gloss.search.IndexLimit;
import dev.gloss.search.IndexStats;
import dev.gloss.search.SearchHit;
import dev.gloss.search.SearchIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code gloss search QUERY [--limit N] [--json]}: searches page text, paper metadata,
 * annotations and threads. The index is brought up to date with the workspace first (only the
 * differences are indexed). Query syntax: words (all must match), "phrases", prefixes
 * ({@code fine-tun*}) and the filters author:, tag:, color:, type:, paper:, page:, year:.
 * <p>
 * {@code --json} prints {@code {"hits": [{"kind","paper","page","id","title","snippet","text","matches","score"}]}}:
 * {@code page} from 1 or null, {@code id} the annotation's or thread's id, {@code snippet} with
 * the matches between « and », {@code text} the same without marks and {@code matches} the
 * [start, end) offsets of the matches in {@code text}.
 */
@ServiceProvider(service = CliCommand.class)
public final class SearchCommand implements CliCommand {
    static final int DEFAULT_LIMIT = 20;

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String group() {
        return "Library";
    }

    @Override
    public List<String> usage() {
        return List.of("search QUERY [--limit N] [--json]    pages, papers, annotations and threads, with snippets;",
                "                                      \"phrases\", prefix*, author: tag: color: type: paper: page: year:");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws Exception {
        Args args = Args.parse(argv, Set.of("limit"), Set.of("json"));
        String query = String.join(" ", args.positionals()).strip();
        if (query.isEmpty()) {
            throw new CliException("search needs a query, e.g. gloss search '\"attention is all\" tag:ml'");
        }
        int limit = args.getInt("limit", DEFAULT_LIMIT);
        if (limit < 1) {
            throw new CliException("--limit must be at least 1, not " + limit);
        }
        List<SearchHit> hits;
        try (SearchIndex index = SearchIndex.open(cli.workspace())) {
            IndexCommand.follow(cli, index, index.initialSync());
            hits = index.search(query, limit);
        }
        if (args.has("json")) {
            List<Map<String, Object>> rows = new ArrayList<>();
            hits.forEach(h -> rows.add(row(h)));
            cli.json(Map.of("hits", rows));
            return 0;
        }
        if (hits.isEmpty()) {
            cli.out().println("No results for " + query);
            return 0;
        }
        boolean bold = System.console() != null;
        for (SearchHit h : hits) {
            cli.out().println(heading(h));
            String snippet = bold ? h.snippet().replace("«", "\033[1m").replace("»", "\033[0m") : h.snippet();
            if (!snippet.isBlank()) {
                cli.out().println("    " + snippet);
            }
            cli.out().println();
        }
        return 0;
    }

    /** One line naming the hit: what, where, and the ids to open it with other commands. */
    static String heading(SearchHit h) {
        String where = switch (h.kind()) {
            case "page" -> h.title() + ", page " + h.page();
            case "annotation" -> h.title() + ", page " + h.page() + ", annotation " + h.targetId();
            case "thread" -> "Thread \"" + h.title() + "\" (" + h.targetId() + ")";
            default -> h.title();
        };
        String paper = h.paperId() == null ? "" : "  [paper " + h.paperId() + "]";
        return where + paper + String.format(Locale.ROOT, "  %s, score %.2f", h.kind(), h.score());
    }

    private static Map<String, Object> row(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", h.kind());
        m.put("paper", h.paperId());
        m.put("page", h.page() > 0 ? h.page() : null);
        m.put("id", h.targetId());
        m.put("title", h.title());
        m.put("snippet", h.snippet());
        m.put("text", h.plainSnippet());
        m.put("matches", h.matches().stream().map(s -> List.of(s.start(), s.end())).toList());
        m.put("score", Math.round(h.score() * 1000) / 1000.0);
        return m;
    }

    static void warnFailures(Cli cli, IndexStats stats) {
        for (IndexStats.Failure f : stats.failures()) {
            if (f.reason() instanceof IndexLimit limit) {
                cli.warn(Messages.phrase(limit));
                continue;
            }
            cli.warn(f.file() + " (paper " + f.paperId() + ") could not be read (" + Messages.phrase(f.reason())
                    + "); its pages are not searchable");
        }
    }
}
