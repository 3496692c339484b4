package dev.gloss.cli;

import dev.gloss.publish.Accounts;
import dev.gloss.publish.Outcome;
import dev.gloss.publish.QueueService;
import dev.gloss.publish.When;
import dev.gloss.publish.XPrices;
import dev.gloss.threads.Languages;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.PublishedPost;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.QueueTarget;
import dev.gloss.workspace.Workspace;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code gloss queue ...}: schedule threads and publish what is due. A thread is queued once
 * for one account per platform; each platform publishes on its own. {@code publish-due} is meant
 * for cron or a systemd timer: it prints one line per platform tried ({@code published ID
 * bluesky}, {@code failed ID mastodon: reason}) or per entry left alone ({@code skipped ID:
 * reason}) and exits 0 when it ran, even if a platform failed (its target keeps the reason;
 * {@code queue retry ID [--platform P]} schedules it again); exit 2 is bad arguments, 1 an
 * internal error.
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
                "queue add THREAD --account ACCOUNT [--account ACCOUNT...] --at now|ISO-DATE-TIME|next-slot [--lang TAG] [--cw TEXT]"
                        + " [--accept-x-cost] [--links-to-last] [--json]",
                "                                    one entry, one account per platform (or --account a,b,c)",
                "  --accept-x-cost: accept what posting to an X account costs (asked once per account and price list)",
                "  --links-to-last: on X only, move the links of earlier posts into the last one (a post with a link costs more)",
                "queue x-prices [--post $ --link $ --media $ --alt-text $ --as-of YYYY-MM-DD | --published]"
                        + "   X's price list the cost is counted by",
                "queue list [--json]                 each entry with the state of each platform",
                "queue cancel ID [--platform P] | queue retry ID [--platform P] | queue reschedule ID --at WHEN",
                "queue publish ID [--accept-x-cost] [--json]   publish one entry now, whatever its time",
                "queue publish-due [--dry-run] [--json]   publish everything due (for cron); exit 0 even if one failed");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws Exception {
        Args args = Args.parse(argv, Set.of("account", "at", "lang", "cw", "platform", "post", "link", "media", "alt-text", "as-of"),
                Set.of("json", "dry-run", "accept-x-cost", "links-to-last", "published"));
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
                args.require("account");
                Accounts known = Accounts.standard(ws);
                List<AccountRef> accounts = new ArrayList<>();
                for (String a : args.all("account")) {
                    for (String one : a.split(",")) {
                        if (!one.isBlank()) {
                            accounts.add(known.find(one.strip()));
                        }
                    }
                }
                When when = When.parse(args.require("at"), clock);
                if (args.has("lang") || args.has("cw")) {
                    publishing(ws, pos.get(1), args.get("lang"), args.get("cw"));
                }
                QueueService.XChoice x = new QueueService.XChoice(args.has("accept-x-cost"), args.has("links-to-last"));
                QueueEntry e = queue.add(pos.get(1), accounts.stream().map(AccountRef::id).toList(), when, x);
                // what X charges, said each time a thread is queued for it (stderr under --json)
                for (QueueTarget t : e.targets()) {
                    queue.xCost(e.threadId(), t.accountId(), t.movesLinks()).ifPresent(c -> (args.has("json") ? cli.err() : cli.out())
                            .println("x: " + Messages.phrase(c) + (t.movesLinks() ? " Links moved to the last post." : "")));
                }
                if (args.has("json")) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", e.id());
                    m.put("platforms", e.targets().stream().map(QueueTarget::platform).toList());
                    cli.json(m);
                } else {
                    cli.out().println("Scheduled " + e.id() + ": thread " + e.threadId() + " at " + shown(e, e.at()) + " to "
                            + String.join(", ", accounts.stream().map(a -> a.handle() + " (" + a.kind() + ")").toList()) + ".");
                }
                return 0;
            }
            case "list", "ls" -> {
                args.expect(1, "queue list takes no arguments");
                return list(cli, ws, queue, args.has("json"));
            }
            case "cancel" -> {
                args.expect(2, "queue cancel needs one entry id");
                QueueEntry e = queue.cancel(pos.get(1), args.get("platform"));
                cli.out().println("Cancelled " + e.id() + (args.has("platform") ? " on " + args.get("platform") : "") + ".");
                return 0;
            }
            case "retry" -> {
                args.expect(2, "queue retry needs one entry id");
                QueueEntry before = queue.get(pos.get(1));
                QueueEntry e = queue.retry(pos.get(1), args.get("platform"));
                List<QueueTarget> again = e.targets().stream().filter(t -> t.state() == QueueState.SCHEDULED)
                        .filter(t -> before.targetOf(t.accountId()).map(b -> !b.isWaiting()).orElse(false)).toList();
                if (again.isEmpty()) {
                    cli.out().println("Nothing of " + e.id() + " failed or was cancelled; there is nothing to retry.");
                } else {
                    cli.out().println("Scheduled " + e.id() + " again on " + String.join(", ", again.stream().map(QueueTarget::platform).toList())
                            + " for " + shown(e, e.timeOf(again.get(0))) + "; it resumes at the first post not yet published.");
                }
                return 0;
            }
            case "reschedule" -> {
                args.expect(2, "queue reschedule needs one entry id");
                QueueEntry e = queue.reschedule(pos.get(1), When.parse(args.require("at"), clock));
                cli.out().println("Rescheduled " + e.id() + " for " + shown(e, e.at()) + ".");
                return 0;
            }
            case "publish" -> {
                args.expect(2, "queue publish needs one entry id");
                QueueEntry entry;
                try {
                    entry = queue.get(pos.get(1));
                } catch (dev.gloss.workspace.WorkspaceException unreadable) {
                    entry = null; // publishing skips it and says why
                }
                if (entry != null) {
                    xCostBeforePublishing(cli, ws, queue, entry, args.has("accept-x-cost"), args.has("json"));
                }
                Outcome o = queue.publishNow(pos.get(1));
                if (args.has("json")) {
                    cli.json(outcome(o));
                    return o.result() == Outcome.Result.PUBLISHED ? 0 : 2;
                }
                if (o.targets().isEmpty() && o.result() != Outcome.Result.PUBLISHED) {
                    throw new CliException(lines(o).get(0)); // left alone: bad input's exit code, with why
                }
                // the platforms that went out on stdout; each that failed on stderr with why, and exit 2
                List<String> each = lines(o);
                for (int i = 0; i < each.size(); i++) {
                    if (o.targets().get(i).result() == Outcome.Result.PUBLISHED) {
                        cli.out().println(each.get(i));
                    } else {
                        cli.err().println("gloss: " + Main.oneLine(each.get(i))); // as Main says bad input
                    }
                }
                return o.result() == Outcome.Result.PUBLISHED ? 0 : 2;
            }
            case "publish-due" -> {
                args.expect(1, "queue publish-due takes no arguments");
                return publishDue(cli, ws, queue, args.has("dry-run"), args.has("json"));
            }
            case "x-prices" -> {
                args.expect(1, "queue x-prices takes no arguments, only options");
                XPrices prices = args.has("published") ? XPrices.PUBLISHED
                        : XPrices.of(ws).with(args.get("post"), args.get("link"), args.get("media"), args.get("alt-text"), args.get("as-of"));
                if (args.has("published") || args.has("post") || args.has("link") || args.has("media") || args.has("alt-text")
                        || args.has("as-of")) {
                    prices.save(ws);
                }
                cli.out().println("X's prices as of " + prices.asOf() + (prices.equals(XPrices.PUBLISHED) ? " (as X published them)" : " (this workspace's)")
                        + ": a post " + XPrices.dollars(prices.post()) + ", a post with a link " + XPrices.dollars(prices.postWithLink())
                        + ", an image upload " + XPrices.dollars(prices.mediaUpload()) + ", an alt text " + XPrices.dollars(prices.altText()) + ".");
                return 0;
            }
            default -> throw new CliException("unknown queue action \"" + pos.get(0) + "\"; see gloss queue --help");
        }
    }

    /**
     * Says what the entry's X targets cost before they go out, and with {@code accept} remembers
     * it was accepted for an account that never was (else that target fails, saying so).
     */
    private static void xCostBeforePublishing(Cli cli, Workspace ws, QueueService queue, QueueEntry e, boolean accept, boolean json) {
        for (QueueTarget t : e.targets()) {
            if (!t.isWaiting()) {
                continue;
            }
            queue.xCost(e.threadId(), t.accountId(), t.movesLinks()).ifPresent(c -> {
                (json ? cli.err() : cli.out()).println("x: " + Messages.phrase(c));
                AccountRef a = ws.get(Kind.ACCOUNTS, t.accountId()).orElseThrow();
                if (accept && a.option(XPrices.ACCEPTED) == null) {
                    queue.acceptXCost(a.id());
                }
            });
        }
    }

    private static int publishDue(Cli cli, Workspace ws, QueueService queue, boolean dryRun, boolean json) {
        if (dryRun) {
            List<QueueEntry> due = queue.due();
            if (json) {
                cli.json(due.stream().map(e -> row(ws, e)).toList());
            } else {
                due.forEach(e -> cli.out().println("would publish " + e.id() + ": " + dueTargets(ws, e, queue.clock().instant())
                        + "  " + thread(ws, e)));
                if (due.isEmpty()) {
                    cli.out().println("Nothing is due.");
                }
            }
            return 0;
        }
        List<Outcome> out = queue.publishDue();
        if (json) {
            cli.json(out.stream().map(QueueCommand::outcome).toList());
        } else {
            out.forEach(o -> lines(o).forEach(cli.out()::println));
        }
        return 0;
    }

    private static Map<String, Object> outcome(Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.entryId());
        m.put("result", word(o.result()));
        m.put("reason", o.reason() == null ? null : Messages.phrase(o.reason()));
        m.put("targets", o.targets().stream().map(t -> {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("platform", t.platform());
            tm.put("accountId", t.accountId());
            tm.put("result", word(t.result()));
            tm.put("reason", t.reason() == null ? null : Messages.phrase(t.reason()));
            return tm;
        }).toList());
        return m;
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
            int posts = ws.get(Kind.THREADS, e.threadId()).map(t -> t.posts().size()).orElse(0);
            cli.out().println(e.id() + "  " + e.state().name().toLowerCase(Locale.ROOT) + "  " + shown(e, e.at()) + "  " + thread(ws, e));
            for (QueueTarget t : e.targets()) {
                StringBuilder line = new StringBuilder("    ").append(pad(platform(ws, t), 9)).append(' ')
                        .append(pad(t.state().name().toLowerCase(Locale.ROOT), 10)).append(' ').append(account(ws, t));
                if (t.postsOut() > 0 && t.postsOut() < posts) {
                    line.append("  ").append(t.postsOut()).append(" of ").append(posts).append(" posts out");
                }
                if (t.at() != null && !t.at().equals(e.at())) {
                    line.append("  ").append(t.state() == QueueState.PUBLISHED ? "went out " : "due ").append(shown(e, t.at()));
                }
                cli.out().println(line);
                String why = failure(t);
                if (why != null) {
                    cli.out().println("        reason: " + why);
                }
            }
        }
        return 0;
    }

    private static String pad(String s, int n) {
        return s.length() >= n ? s : s + " ".repeat(n - s.length());
    }

    /**
     * One line per platform tried ("published ID bluesky", "failed ID mastodon: reason"), or one
     * for the entry when none was ("skipped ID: reason").
     */
    static List<String> lines(Outcome o) {
        if (o.targets().isEmpty()) {
            return List.of(word(o.result()) + " " + o.entryId() + (o.reason() == null ? "" : ": " + Messages.phrase(o.reason())));
        }
        return o.targets().stream().map(t -> word(t.result()) + " " + o.entryId() + " " + t.platform()
                + (t.reason() == null ? "" : ": " + Messages.phrase(t.reason()))).toList();
    }

    private static String word(Outcome.Result r) {
        return r.name().toLowerCase(Locale.ROOT);
    }

    private static String failure(QueueTarget t) {
        return Messages.failure(t);
    }

    /** "alice.test (bluesky), alice@m.example (mastodon)": the targets due now. */
    private static String dueTargets(Workspace ws, QueueEntry e, java.time.Instant now) {
        return String.join(", ", e.targets().stream()
                .filter(t -> t.isWaiting() && (e.timeOf(t) == null || !e.timeOf(t).isAfter(now)))
                .map(t -> account(ws, t) + " (" + platform(ws, t) + ")").toList());
    }

    private static String account(Workspace ws, QueueTarget t) {
        return ws.get(Kind.ACCOUNTS, t.accountId()).map(AccountRef::handle).orElse("account " + t.accountId() + " (removed)");
    }

    private static String platform(Workspace ws, QueueTarget t) {
        return t.platform() != null ? t.platform() : ws.get(Kind.ACCOUNTS, t.accountId()).map(AccountRef::kind).orElse("?");
    }

    private static String thread(Workspace ws, QueueEntry e) {
        return ws.get(Kind.THREADS, e.threadId()).map(QueueCommand::firstPost).orElse("thread " + e.threadId() + " (missing)");
    }

    private static String firstPost(PostThread t) {
        String text = t.posts().isEmpty() ? "" : t.posts().get(0).text().replaceAll("\\s+", " ").strip();
        String title = t.title() == null || t.title().isBlank() ? "" : t.title() + ": ";
        String s = title + text;
        return "\"" + (s.length() > 60 ? s.substring(0, 59) + "…" : s) + "\"";
    }

    private static String shown(QueueEntry e, java.time.Instant at) {
        if (at == null) {
            return "now";
        }
        ZoneId zone = e.zone() == null ? ZoneId.systemDefault() : ZoneId.of(e.zone());
        return SHOWN.format(at.atZone(zone));
    }

    private static Map<String, Object> row(Workspace ws, QueueEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("state", e.state().name().toLowerCase(Locale.ROOT));
        m.put("threadId", e.threadId());
        m.put("title", ws.get(Kind.THREADS, e.threadId()).map(PostThread::title).orElse(null));
        m.put("at", e.at() == null ? null : e.at().toString());
        m.put("zone", e.zone());
        m.put("local", e.at() == null ? null : shown(e, e.at()));
        m.put("posts", ws.get(Kind.THREADS, e.threadId()).map(t -> t.posts().size()).orElse(0));
        m.put("targets", e.targets().stream().map(t -> {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("platform", platform(ws, t));
            tm.put("accountId", t.accountId());
            tm.put("account", ws.get(Kind.ACCOUNTS, t.accountId()).map(AccountRef::handle).orElse(null));
            tm.put("state", t.state().name().toLowerCase(Locale.ROOT));
            tm.put("at", e.timeOf(t) == null ? null : e.timeOf(t).toString());
            tm.put("reason", failure(t));
            tm.put("attempts", t.attempts());
            tm.put("published", t.postsOut());
            tm.put("urls", t.posts().stream().filter(PublishedPost::exists).map(PublishedPost::url).toList());
            return tm;
        }).toList());
        return m;
    }
}
