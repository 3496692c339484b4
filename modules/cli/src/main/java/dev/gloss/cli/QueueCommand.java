package dev.gloss.cli;

import dev.gloss.publish.Accounts;
import dev.gloss.publish.Outcome;
import dev.gloss.publish.QueueService;
import dev.gloss.publish.When;
import dev.gloss.threads.Languages;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.PublishedPost;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.Workspace;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code gloss queue ...}: schedule threads and publish what is due. {@code publish-due} is
 * meant for cron or a systemd timer: it prints one line per due entry ({@code published ID},
 * {@code failed ID: reason}, {@code skipped ID: reason}) and exits 0 when it ran, even if an
 * entry failed (the entry keeps the reason; {@code queue retry ID} schedules it again); exit 2
 * is bad arguments, 1 an internal error.
 */
@ServiceProvider(service = CliCommand.class)
public final class QueueCommand implements CliCommand {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm z", Locale.ENGLISH);

    @Override
    public String name() {
        return "queue";
    }

    @Override
    public String group() {
        return "Publish";
    }

    @Override
    public List<String> usage() {
        return List.of(
                "queue add THREAD --account ACCOUNT --at now|ISO-DATE-TIME|next-slot [--lang TAG] [--cw TEXT] [--json]",
                "queue list [--json]",
                "queue cancel ID | queue retry ID | queue reschedule ID --at WHEN",
                "queue publish ID                    publish one entry now, whatever its time",
                "queue publish-due [--dry-run] [--json]   publish everything due (for cron); exit 0 even if one failed");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws Exception {
        Args args = Args.parse(argv, Set.of("account", "at", "lang", "cw"), Set.of("json", "dry-run"));
        List<String> pos = args.positionals();
        if (pos.isEmpty()) {
            throw new CliException("queue needs add, list, cancel, retry, reschedule, publish or publish-due; see gloss queue --help");
        }
        Workspace ws = cli.workspace();
        Clock clock = Clock.systemDefaultZone();
        QueueService queue = QueueService.builder(ws).clock(clock).build();
        switch (pos.get(0)) {
            case "add" -> {
                args.expect(2, "queue add needs one thread id");
                AccountRef account = Accounts.standard(ws).find(args.require("account"));
                When when = When.parse(args.require("at"), clock);
                if (args.has("lang") || args.has("cw")) {
                    publishing(ws, pos.get(1), args.get("lang"), args.get("cw"));
                }
                QueueEntry e = queue.add(pos.get(1), account.id(), when);
                if (args.has("json")) {
                    cli.json(Map.of("id", e.id()));
                } else {
                    cli.out().println("Scheduled " + e.id() + ": thread " + e.threadId() + " to " + account.handle()
                            + " (" + account.kind() + ") at " + shown(e) + ".");
                }
                return 0;
            }
            case "list", "ls" -> {
                args.expect(1, "queue list takes no arguments");
                return list(cli, ws, queue, args.has("json"));
            }
            case "cancel" -> {
                args.expect(2, "queue cancel needs one entry id");
                QueueEntry e = queue.cancel(pos.get(1));
                cli.out().println("Cancelled " + e.id() + ".");
                return 0;
            }
            case "retry" -> {
                args.expect(2, "queue retry needs one entry id");
                QueueEntry e = queue.retry(pos.get(1));
                cli.out().println("Scheduled " + e.id() + " again for " + shown(e)
                        + "; it resumes at the first post not yet published.");
                return 0;
            }
            case "reschedule" -> {
                args.expect(2, "queue reschedule needs one entry id");
                QueueEntry e = queue.reschedule(pos.get(1), When.parse(args.require("at"), clock));
                cli.out().println("Rescheduled " + e.id() + " for " + shown(e) + ".");
                return 0;
            }
            case "publish" -> {
                args.expect(2, "queue publish needs one entry id");
                Outcome o = queue.publishNow(pos.get(1));
                if (o.result() != Outcome.Result.PUBLISHED) {
                    // not published (failed, or left alone): bad input's exit code, with why
                    throw new CliException(line(o));
                }
                cli.out().println(line(o));
                return 0;
            }
            case "publish-due" -> {
                args.expect(1, "queue publish-due takes no arguments");
                return publishDue(cli, ws, queue, args.has("dry-run"), args.has("json"));
            }
            default -> throw new CliException("unknown queue action \"" + pos.get(0) + "\"; see gloss queue --help");
        }
    }

    private static int publishDue(Cli cli, Workspace ws, QueueService queue, boolean dryRun, boolean json) {
        if (dryRun) {
            List<QueueEntry> due = queue.due();
            if (json) {
                cli.json(due.stream().map(e -> row(ws, e)).toList());
            } else {
                due.forEach(e -> cli.out().println("would publish " + e.id() + ": " + describe(ws, e)));
                if (due.isEmpty()) {
                    cli.out().println("Nothing is due.");
                }
            }
            return 0;
        }
        List<Outcome> out = queue.publishDue();
        if (json) {
            cli.json(out.stream().map(o -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", o.entryId());
                m.put("result", o.result().name().toLowerCase(Locale.ROOT));
                m.put("reason", o.reason() == null ? null : Messages.phrase(o.reason()));
                return m;
            }).toList());
        } else {
            out.forEach(o -> cli.out().println(line(o)));
        }
        return 0;
    }

    /** Sets how the thread goes out (--lang: its language, --cw: a content warning); an option not given stays. */
    private static void publishing(Workspace ws, String threadId, String lang, String cw) throws CliException {
        if (lang != null && !lang.isBlank() && !Languages.isTag(lang)) {
            throw new CliException("--lang " + lang + " is not a language code; use one such as en, de or pt-BR");
        }
        if (!dev.gloss.workspace.Ids.isSafe(threadId) || ws.get(Kind.THREADS, threadId).isEmpty()) {
            return; // queue.add says what is wrong with the id
        }
        ws.update(Kind.THREADS, threadId, t -> t.withPublishing(lang != null ? lang : t.language(),
                cw != null ? cw : t.contentWarning(), java.time.Instant.now()));
    }

    private static int list(Cli cli, Workspace ws, QueueService queue, boolean json) {
        List<QueueEntry> all = queue.list();
        if (json) {
            cli.json(all.stream().map(e -> row(ws, e)).toList());
            return 0;
        }
        if (all.isEmpty()) {
            cli.out().println("The queue is empty. Add a thread with: gloss queue add THREAD --account ACCOUNT --at next-slot");
            return 0;
        }
        for (QueueEntry e : all) {
            cli.out().println(e.id() + "  " + e.state().name().toLowerCase(Locale.ROOT) + "  " + shown(e) + "  " + describe(ws, e)
                    + (failure(e) == null ? "" : "\n    reason: " + failure(e)));
        }
        return 0;
    }

    /** "published ID", "failed ID: reason", "skipped ID: reason": one line of output per entry. */
    static String line(Outcome o) {
        String word = o.result().name().toLowerCase(Locale.ROOT);
        return word + " " + o.entryId() + (o.reason() == null ? "" : ": " + Messages.phrase(o.reason()));
    }

    private static String failure(QueueEntry e) {
        return Messages.failure(e);
    }

    private static String describe(Workspace ws, QueueEntry e) {
        String account = ws.get(Kind.ACCOUNTS, e.accountId()).map(a -> a.handle() + " (" + a.kind() + ")").orElse("account " + e.accountId());
        String thread = ws.get(Kind.THREADS, e.threadId()).map(QueueCommand::firstPost).orElse("thread " + e.threadId() + " (missing)");
        return account + "  " + thread;
    }

    private static String firstPost(PostThread t) {
        String text = t.posts().isEmpty() ? "" : t.posts().get(0).text().replaceAll("\\s+", " ").strip();
        String title = t.title() == null || t.title().isBlank() ? "" : t.title() + ": ";
        String s = title + text;
        return "\"" + (s.length() > 60 ? s.substring(0, 59) + "…" : s) + "\"";
    }

    private static String shown(QueueEntry e) {
        if (e.at() == null) {
            return "now";
        }
        ZoneId zone = e.zone() == null ? ZoneId.systemDefault() : ZoneId.of(e.zone());
        return SHOWN.format(e.at().atZone(zone));
    }

    private static Map<String, Object> row(Workspace ws, QueueEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("state", e.state().name().toLowerCase(Locale.ROOT));
        m.put("threadId", e.threadId());
        m.put("accountId", e.accountId());
        m.put("account", ws.get(Kind.ACCOUNTS, e.accountId()).map(AccountRef::handle).orElse(null));
        m.put("at", e.at() == null ? null : e.at().toString());
        m.put("zone", e.zone());
        m.put("local", e.at() == null ? null : shown(e));
        m.put("reason", failure(e));
        m.put("attempts", e.attempts());
        m.put("published", e.posts().stream().filter(PublishedPost::exists).count());
        m.put("posts", ws.get(Kind.THREADS, e.threadId()).map(t -> t.posts().size()).orElse(0));
        m.put("urls", e.posts().stream().filter(PublishedPost::exists).map(PublishedPost::url).toList());
        return m;
    }
}
