package dev.gloss.cli;

import dev.gloss.threads.Platform;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code gloss thread count|split|new|list|show|export}: count and split posts the way each
 * platform does, and keep threads in the workspace. Each subcommand is its own class
 * ({@link ThreadCountCommand}, {@link ThreadSplitCommand}, {@link ThreadNewCommand}, {@link ThreadListCommand},
 * {@link ThreadShowCommand}, {@link ThreadExportCommand}). Text read from stdin or a file loses its trailing
 * line breaks (the newline {@code echo} adds).
 */
@ServiceProvider(service = CliCommand.class)
public final class ThreadCommand implements CliCommand {

    @Override
    public String name() {
        return "thread";
    }

    @Override
    public String group() {
        return "Compose";
    }

    @Override
    public List<String> usage() {
        return List.of(
                "thread count --platform P [--limit N] [TEXT | -] [--json]   prints e.g. \"212/300 ok\" or \"312/300 over by 12\"",
                "thread count --platform P [--limit N] --jsonl   stdin lines {\"text\":...} -> {\"length\",\"limit\",\"valid\"} lines",
                "thread split --platform P [--limit N] [--numbering] [--fix-text] [FILE | -] [--json]   posts separated by a line ---",
                "thread new --platform P[,Q] --file F [--split] [--fix-text] [--paper ID] [--title T] [--json]   save; prints the id",
                "thread list [--json]                 the threads in the workspace",
                "thread show ID [--platform P] [--json]   posts with lengths per platform, OVER marks a post too long",
                "thread export ID [--format text|markdown|json] [--out F]   text: posts separated by a line ---",
                "thread ...  P: " + Platform.validIds() + "; --limit N: Mastodon max_characters, X longer posts",
                "thread ...  --fix-text: repair mojibake (UTF-8 read as Windows-1252/1253), curly quotes, PDF spaces and hyphenation");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws Exception {
        if (argv.isEmpty()) {
            throw new CliException("thread needs count, split, new, list, show or export; see gloss thread --help");
        }
        String sub = argv.get(0);
        List<String> rest = argv.subList(1, argv.size());
        return switch (sub) {
            case "count" -> ThreadCountCommand.run(cli, rest);
            case "split" -> ThreadSplitCommand.run(cli, rest);
            case "new" -> ThreadNewCommand.run(cli, rest);
            case "list" -> ThreadListCommand.run(cli, rest);
            case "show" -> ThreadShowCommand.run(cli, rest);
            case "export" -> ThreadExportCommand.run(cli, rest);
            default -> throw new CliException("unknown thread command \"" + sub
                    + "\"; use count, split, new, list, show or export");
        };
    }
}
