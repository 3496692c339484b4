package dev.gloss.cli;

import dev.gloss.workspace.PostThread;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code gloss thread list}: the threads in the workspace, one line each. */
final class ThreadListCommand {
    private ThreadListCommand() {
    }

    static int run(Cli cli, List<String> argv) throws CliException {
        Args args = Args.parse(argv, Set.of(), Set.of("json"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("thread list takes no arguments, got \"" + args.positionals().get(0) + "\"");
        }
        List<PostThread> threads = cli.workspace().threads();
        if (args.has("json")) {
            cli.json(threads.stream().map(ThreadListCommand::row).toList());
            return 0;
        }
        if (threads.isEmpty()) {
            cli.out().println("No threads yet. Make one with: gloss thread new --platform bluesky --file posts.txt");
        }
        for (PostThread t : threads) {
            cli.out().println(t.id() + "  " + t.posts().size() + (t.posts().size() == 1 ? " post " : " posts")
                    + "  " + String.join(",", t.platforms()) + "  " + (t.title() == null ? "" : t.title()));
        }
        return 0;
    }

    static Map<String, Object> row(PostThread t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("title", t.title());
        m.put("platforms", t.platforms());
        m.put("paperId", t.paperId());
        m.put("posts", t.posts().size());
        m.put("modified", t.modified() == null ? null : t.modified().toString());
        return m;
    }
}
