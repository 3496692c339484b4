package dev.gloss.cli;

import dev.gloss.threads.Platform;
import dev.gloss.threads.PlatformRules;
import dev.gloss.threads.TextRepair;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.PostThread;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the {@code thread} subcommands share: the thread named on the line, the platforms and their limits, the text to read. */
final class ThreadArgs {
    private ThreadArgs() {
    }

    static PostThread thread(Cli cli, Args args, String sub) throws CliException {
        if (args.positionals().size() != 1) {
            throw new CliException("thread " + sub + " needs one thread id; see gloss thread list");
        }
        String id = args.positionals().get(0);
        return cli.workspace().get(Kind.THREADS, id)
                .orElseThrow(() -> new CliException("unknown thread \"" + id + "\"; see gloss thread list"));
    }

    /** Exactly one platform, with the --limit override if given. */
    static PlatformRules oneRules(Args args) throws CliException {
        List<PlatformRules> rules = allRules(args);
        if (rules.size() != 1) {
            throw new CliException("give one --platform here, not " + rules.size());
        }
        return rules.get(0);
    }

    /** Every --platform (repeatable, or comma separated); --limit overrides the limit of a single one. */
    static List<PlatformRules> allRules(Args args) throws CliException {
        List<PlatformRules> out = new ArrayList<>();
        for (String value : args.all("platform")) {
            for (String id : value.split(",")) {
                if (id.isBlank()) {
                    continue;
                }
                PlatformRules r = PlatformRules.of(Platform.fromId(id));
                if (out.stream().noneMatch(x -> x.platform() == r.platform())) {
                    out.add(r);
                }
            }
        }
        if (out.isEmpty()) {
            throw new CliException("--platform is required; valid platforms are: " + Platform.validIds());
        }
        if (args.has("limit")) {
            if (out.size() > 1) {
                throw new CliException("--limit applies to one --platform, not " + out.size());
            }
            int limit = args.getInt("limit", 0);
            if (limit < 1) {
                throw new CliException("--limit must be at least 1, not " + limit);
            }
            out.replaceAll(r -> r.withLimit(limit));
        }
        return out;
    }

    /** TEXT, or stdin for "-" (or no argument); a FILE instead of TEXT when {@code file} is set. */
    static String textArgument(Cli cli, Args args, String sub, boolean file) throws CliException, IOException {
        List<String> pos = args.positionals();
        if (pos.size() > 1) {
            throw new CliException("thread " + sub + " takes one " + (file ? "FILE" : "TEXT (quote it)")
                    + " or -, got " + pos.size() + " arguments");
        }
        String arg = pos.isEmpty() ? "-" : pos.get(0);
        if (!file && !arg.equals("-")) {
            return arg;
        }
        return readSource(cli, arg);
    }

    /** A file's text, or stdin for "-", without trailing line breaks. */
    static String readSource(Cli cli, String arg) throws CliException, IOException {
        String text;
        if (arg.equals("-")) {
            text = cli.readStdin();
        } else {
            Path f = Path.of(arg);
            if (!Files.isRegularFile(f)) {
                throw new CliException("cannot read " + arg + ": no such file");
            }
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (java.nio.charset.MalformedInputException e) {
                throw new CliException("cannot read " + arg + ": it is not UTF-8 text", e);
            } catch (IOException e) {
                throw new CliException("cannot read " + arg + ": " + e.getMessage(), e);
            }
        }
        return ThreadText.stripTrailingNewlines(text);
    }

    /**
     * The text repaired with --fix-text; without it the text as it is, with a warning when it looks
     * garbled (UTF-8 read in a Windows code page), so the repair is never silent and never missed.
     */
    static String repaired(Cli cli, Args args, String text) {
        TextRepair.Result r = TextRepair.check(text);
        if (args.has("fix-text")) {
            return r.text();
        }
        if (r.changes().contains(TextRepair.Change.ENCODING)) {
            cli.warn("the text looks garbled (UTF-8 read as a Windows code page); --fix-text repairs it");
        }
        return text;
    }
}
