package dev.gloss.cli;

import dev.gloss.threads.PlatformRules;
import dev.gloss.threads.Splitter;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code gloss thread new}: reads posts separated by lines holding only {@code ---}, saves a thread, prints
 * its id ({@code --json}: {@code {"id","posts"}}).
 */
final class ThreadNewCommand {
    private ThreadNewCommand() {
    }

    static int run(Cli cli, List<String> argv) throws CliException, IOException {
        Args args = Args.parse(argv, Set.of("platform", "limit", "file", "paper", "title"), Set.of("json", "split", "fix-text"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("thread new takes its posts from --file F, not \"" + args.positionals().get(0) + "\"");
        }
        List<PlatformRules> rules = ThreadArgs.allRules(args);
        String source = ThreadArgs.repaired(cli, args, ThreadArgs.readSource(cli, args.require("file")));
        Workspace ws = cli.workspace();
        String paperId = args.get("paper");
        if (paperId != null && ws.paper(paperId).isEmpty()) {
            throw new CliException("unknown paper \"" + paperId + "\"; see gloss papers");
        }
        List<String> texts = ThreadText.posts(source);
        if (texts.isEmpty()) {
            throw new CliException(args.get("file") + " holds no post (posts are separated by lines holding only ---)");
        }
        List<Post> posts = new ArrayList<>();
        for (String t : texts) {
            boolean fits = rules.stream().allMatch(r -> r.fits(t));
            if (!fits && args.has("split")) {
                Splitter.split(t, rules, false).forEach(p -> posts.add(Post.of(p)));
            } else {
                posts.add(Post.of(t));
            }
        }
        String title = args.get("title", ThreadText.defaultTitle(posts.get(0).text()));
        Instant now = Instant.now();
        PostThread thread = new PostThread(Ids.newId(), title,
                rules.stream().map(r -> r.platform().id()).toList(), paperId, posts, now, now);
        ws.save(Kind.THREADS, thread);
        int n = 0;
        for (Post p : posts) {
            n++;
            for (PlatformRules r : rules) {
                if (!r.fits(p.text())) {
                    cli.warn("post " + n + " is " + r.count(p.text()) + "/" + r.limit() + " on "
                            + r.platform().displayName() + "; --split would cut it");
                }
            }
        }
        if (args.has("json")) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", thread.id());
            doc.put("posts", posts.size());
            cli.json(doc);
        } else {
            cli.out().println(thread.id());
        }
        return 0;
    }
}
