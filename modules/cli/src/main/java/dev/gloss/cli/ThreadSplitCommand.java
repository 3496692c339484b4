package dev.gloss.cli;

import dev.gloss.threads.PlatformRules;
import dev.gloss.threads.Splitter;
import dev.gloss.threads.ThreadExport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code gloss thread split}: posts separated by a line {@code ---}; {@code --json}:
 * {@code {"platform","limit","posts":[{"text","length"}]}}.
 */
final class ThreadSplitCommand {
    private ThreadSplitCommand() {
    }

    static int run(Cli cli, List<String> argv) throws CliException, IOException {
        Args args = Args.parse(argv, Set.of("platform", "limit"), Set.of("json", "numbering", "fix-text"));
        PlatformRules rules = ThreadArgs.oneRules(args);
        String text = ThreadArgs.repaired(cli, args, ThreadArgs.textArgument(cli, args, "split", true));
        List<String> posts = Splitter.split(text, rules, args.has("numbering"));
        if (args.has("json")) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("platform", rules.platform().id());
            doc.put("limit", rules.limit());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String p : posts) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("text", p);
                row.put("length", rules.count(p));
                rows.add(row);
            }
            doc.put("posts", rows);
            cli.json(doc);
        } else if (!posts.isEmpty()) {
            cli.out().println(String.join("\n" + ThreadExport.SEPARATOR + "\n", posts));
        }
        return 0;
    }
}
