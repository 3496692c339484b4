package dev.gloss.cli;

import dev.gloss.threads.PlatformRules;
import dev.gloss.threads.ThreadExport;
import dev.gloss.workspace.PostThread;
import java.util.List;
import java.util.Set;

/** {@code gloss thread show ID}: posts with their lengths per platform; OVER marks a post too long. */
final class ThreadShowCommand {
    private ThreadShowCommand() {
    }

    static int run(Cli cli, List<String> argv) throws CliException {
        Args args = Args.parse(argv, Set.of("platform", "limit"), Set.of("json"));
        PostThread t = ThreadArgs.thread(cli, args, "show");
        if (args.has("platform")) {
            t = t.withPlatforms(ThreadArgs.allRules(args).stream().map(r -> r.platform().id()).toList(), t.modified());
        }
        if (args.has("json")) {
            cli.out().print(ThreadExport.json(t));
            return 0;
        }
        List<PlatformRules> rules = args.has("platform") ? ThreadArgs.allRules(args) : ThreadExport.rules(t);
        cli.out().print(ThreadText.show(t, rules));
        return 0;
    }
}
