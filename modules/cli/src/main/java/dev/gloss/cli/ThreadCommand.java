package dev.gloss.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.threads.Platform;
import dev.gloss.threads.PlatformRules;
import dev.gloss.threads.Splitter;
import dev.gloss.threads.ThreadExport;
import dev.gloss.threads.ThreadsException;
import dev.gloss.workspace.AtomicFiles;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code gloss thread count|split|new|list|show|export}: count and split posts the way each
 * platform does, and keep threads in the workspace.
 * <ul>
 * <li>{@code count}: prints {@code LENGTH/LIMIT ok} or {@code LENGTH/LIMIT over by N} (exit 0 in
 *     both cases; a Bluesky post within 300 graphemes but over 3000 UTF-8 bytes is "over: ... bytes"); {@code --json}: {@code {"length","limit","valid"}}; {@code --jsonl}: one such
 *     object per input line {@code {"text": ...}}, in order (blank lines skipped).</li>
 * <li>{@code split}: posts separated by a line {@code ---}; {@code --json}:
 *     {@code {"platform","limit","posts":[{"text","length"}]}}.</li>
 * <li>{@code new}: reads posts separated by lines holding only {@code ---}, saves a thread, prints
 *     its id ({@code --json}: {@code {"id","posts"}}).</li>
 * </ul>
 * Text read from stdin or a file loses its trailing line breaks (the newline {@code echo} adds).
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
                "thread split --platform P [--limit N] [--numbering] [FILE | -] [--json]   posts separated by a line ---",
                "thread new --platform P[,Q] --file F [--split] [--paper ID] [--title T] [--json]   save; prints the id",
                "thread list [--json]                 the threads in the workspace",
                "thread show ID [--platform P] [--json]   posts with lengths per platform, OVER marks a post too long",
                "thread export ID [--format text|markdown|json] [--out F]   text: posts separated by a line ---",
                "thread ...  P: " + Platform.validIds() + "; --limit N: Mastodon max_characters, X longer posts");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws Exception {
        if (argv.isEmpty()) {
            throw new CliException("thread needs count, split, new, list, show or export; see gloss thread --help");
        }
        String sub = argv.get(0);
        List<String> rest = argv.subList(1, argv.size());
        try {
            return switch (sub) {
                case "count" -> count(cli, rest);
                case "split" -> split(cli, rest);
                case "new" -> create(cli, rest);
                case "list" -> list(cli, rest);
                case "show" -> show(cli, rest);
                case "export" -> export(cli, rest);
                default -> throw new CliException("unknown thread command \"" + sub
                        + "\"; use count, split, new, list, show or export");
            };
        } catch (ThreadsException e) {
            throw new CliException(Messages.of(e), e);
        }
    }

    // ---- count -------------------------------------------------------------------------------

    private int count(Cli cli, List<String> argv) throws CliException, IOException {
        Args args = Args.parse(argv, Set.of("platform", "limit"), Set.of("json", "jsonl"));
        PlatformRules rules = oneRules(args);
        if (args.has("jsonl")) {
            if (!args.positionals().isEmpty() || args.has("json")) {
                throw new CliException("--jsonl reads JSON lines from stdin; it takes no TEXT and no --json");
            }
            return countLines(cli, rules);
        }
        String text = textArgument(cli, args, "count", false);
        int length = rules.count(text);
        boolean valid = rules.fits(text);
        if (args.has("json")) {
            cli.json(result(length, rules.limit(), valid));
        } else {
            String verdict = valid ? "ok" : length > rules.limit() ? "over by " + (length - rules.limit())
                    : "over: " + text.getBytes(StandardCharsets.UTF_8).length + " UTF-8 bytes, "
                            + rules.platform().displayName() + " allows " + PlatformRules.BLUESKY_MAX_BYTES;
            cli.out().println(length + "/" + rules.limit() + " " + verdict);
        }
        return 0;
    }

    private static Map<String, Object> result(int length, int limit, boolean valid) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("length", length);
        m.put("limit", limit);
        m.put("valid", valid);
        return m;
    }

    /** One JVM for any number of lines: read, count and write in a stream, buffered. */
    private static int countLines(Cli cli, PlatformRules rules) throws CliException, IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(cli.in(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(cli.out(), StandardCharsets.UTF_8));
        int lineNo = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String text = textOfLine(line, lineNo);
                out.println(Json.compact(result(rules.count(text), rules.limit(), rules.fits(text))));
                if (lineNo % 256 == 0) {
                    out.flush();
                }
            }
        } finally {
            out.flush();
        }
        return 0;
    }

    private static String textOfLine(String line, int lineNo) throws CliException {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new CliException("line " + lineNo + " of stdin is not JSON (" + e.getOriginalMessage() + ")", e);
        }
        JsonNode text = node == null ? null : node.get("text");
        if (text == null || !text.isTextual()) {
            throw new CliException("line " + lineNo + " of stdin has no \"text\" string; expected {\"text\": \"...\"}");
        }
        return text.asText();
    }

    // ---- split -------------------------------------------------------------------------------

    private int split(Cli cli, List<String> argv) throws CliException, IOException {
        Args args = Args.parse(argv, Set.of("platform", "limit"), Set.of("json", "numbering"));
        PlatformRules rules = oneRules(args);
        String text = textArgument(cli, args, "split", true);
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

    // ---- new ---------------------------------------------------------------------------------

    private int create(Cli cli, List<String> argv) throws CliException, IOException {
        Args args = Args.parse(argv, Set.of("platform", "limit", "file", "paper", "title"), Set.of("json", "split"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("thread new takes its posts from --file F, not \"" + args.positionals().get(0) + "\"");
        }
        List<PlatformRules> rules = allRules(args);
        String source = readSource(cli, args.require("file"));
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

    // ---- list, show, export ------------------------------------------------------------------

    private int list(Cli cli, List<String> argv) throws CliException {
        Args args = Args.parse(argv, Set.of(), Set.of("json"));
        if (!args.positionals().isEmpty()) {
            throw new CliException("thread list takes no arguments, got \"" + args.positionals().get(0) + "\"");
        }
        List<PostThread> threads = cli.workspace().threads();
        if (args.has("json")) {
            cli.json(threads.stream().map(ThreadCommand::row).toList());
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

    private static Map<String, Object> row(PostThread t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("title", t.title());
        m.put("platforms", t.platforms());
        m.put("paperId", t.paperId());
        m.put("posts", t.posts().size());
        m.put("modified", t.modified() == null ? null : t.modified().toString());
        return m;
    }

    private int show(Cli cli, List<String> argv) throws CliException {
        Args args = Args.parse(argv, Set.of("platform", "limit"), Set.of("json"));
        PostThread t = thread(cli, args, "show");
        if (args.has("platform")) {
            t = t.withPlatforms(allRules(args).stream().map(r -> r.platform().id()).toList(), t.modified());
        }
        if (args.has("json")) {
            cli.out().print(ThreadExport.json(t));
            return 0;
        }
        List<PlatformRules> rules = args.has("platform") ? allRules(args) : ThreadExport.rules(t);
        cli.out().print(ThreadText.show(t, rules));
        return 0;
    }

    private int export(Cli cli, List<String> argv) throws CliException, IOException {
        Args args = Args.parse(argv, Set.of("format", "out"), Set.of());
        PostThread t = thread(cli, args, "export");
        String format = args.get("format", "text");
        String body = switch (format) {
            case "text" -> ThreadExport.text(t);
            case "markdown", "md" -> ThreadExport.markdown(t);
            case "json" -> ThreadExport.json(t);
            default -> throw new CliException("unknown format \"" + format + "\"; use text, markdown or json");
        };
        if (args.has("out")) {
            Path out = Path.of(args.get("out"));
            try {
                AtomicFiles.write(out, body.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new CliException("cannot write " + out + ": " + e.getMessage(), e);
            }
        } else {
            cli.out().print(body);
        }
        return 0;
    }

    // ---- shared ------------------------------------------------------------------------------

    private static PostThread thread(Cli cli, Args args, String sub) throws CliException {
        if (args.positionals().size() != 1) {
            throw new CliException("thread " + sub + " needs one thread id; see gloss thread list");
        }
        String id = args.positionals().get(0);
        return cli.workspace().get(Kind.THREADS, id)
                .orElseThrow(() -> new CliException("unknown thread \"" + id + "\"; see gloss thread list"));
    }

    /** Exactly one platform, with the --limit override if given. */
    private static PlatformRules oneRules(Args args) throws CliException {
        List<PlatformRules> rules = allRules(args);
        if (rules.size() != 1) {
            throw new CliException("give one --platform here, not " + rules.size());
        }
        return rules.get(0);
    }

    /** Every --platform (repeatable, or comma separated); --limit overrides the limit of a single one. */
    private static List<PlatformRules> allRules(Args args) throws CliException {
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
    private static String textArgument(Cli cli, Args args, String sub, boolean file) throws CliException, IOException {
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
    private static String readSource(Cli cli, String arg) throws CliException, IOException {
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
}
