package dev.gloss.desktop.queue;

import dev.gloss.desktop.core.FirstPage;
import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.desktop.core.widgets.Icons;
import dev.gloss.desktop.core.Sentences;
import dev.gloss.publish.Outcome;
import dev.gloss.publish.QueueService;
import dev.gloss.workspace.Workspace;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.awt.NotificationDisplayer;
import org.openide.modules.OnStart;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

/**
 * While the app runs, publishes due entries in the background every half minute, with a
 * progress indicator and a notification when each is done or failed. The per-entry lock in the
 * workspace keeps it from racing a cron run of {@code gloss queue publish-due}.
 */
@NbBundle.Messages({
    "PRG_Publishing=Publishing",
    "# {0} - what",
    "MSG_Published=Published: {0}",
    "# {0} - platforms", "# {1} - what",
    "MSG_Failed=Publishing to {0} failed: {1}",
    "MSG_NotPublished=The entry was not published",
    "# {0} - number of posts",
    "# {1} - platforms",
    "MSG_PublishedWhere={0,choice,1#1 post|1<{0} posts} to {1}",
    "# {0} - platform", "# {1} - why",
    "MSG_FailedOn={0}: {1}",
    "# {0} - platforms",
    "MSG_WentOutOn=It went out to {0}."
})
public final class QueueScheduler {
    private static final Logger LOG = Logger.getLogger(QueueScheduler.class.getName());
    static final RequestProcessor RP = new RequestProcessor("Gloss publishing", 1);
    private static final int PERIOD_MS = 30_000;
    private static final RequestProcessor.Task TICK = RP.create(QueueScheduler::tick);

    private QueueScheduler() {
    }

    /**
     * Starts the schedule once the workspace is open and the main window shows (the first tick
     * loads the publishers' HTTP and TLS classes: not work for the start of the application).
     */
    @OnStart
    public static final class Starter implements Runnable {
        @Override
        public void run() {
            FirstPage.thenRun(() -> GlossWorkspace.future().thenRun(() -> TICK.schedule(5_000)));
        }
    }

    private static void tick() {
        try {
            Workspace ws = GlossWorkspace.get();
            QueueService queue = QueueService.builder(ws).build();
            if (!queue.due().isEmpty()) {
                run(queue, QueueService::publishDue, false);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "The publishing schedule could not run", e);
        } finally {
            TICK.schedule(PERIOD_MS);
        }
    }

    /** Publishes in the background with a progress bar, then tells the user what happened. */
    static void publishNow(String entryId) {
        RP.post(() -> run(QueueService.builder(GlossWorkspace.get()).build(), q -> List.of(q.publishNow(entryId)), true));
    }

    /** "3 posts to Bluesky, Mastodon and X" under a published notification (its title says what and when). */
    private static String where(Outcome o) {
        List<String> out = o.targets().stream().filter(t -> t.result() == Outcome.Result.PUBLISHED).map(Outcome.Target::platform).toList();
        dev.gloss.workspace.Workspace ws = GlossWorkspace.future().getNow(null);
        int posts = ws == null || o.entry() == null ? 0
                : ws.get(dev.gloss.workspace.Kind.THREADS, o.entry().threadId()).map(t -> t.posts().size()).orElse(0);
        return out.isEmpty() ? "" : Bundle.MSG_PublishedWhere(posts, QueueLabels.platforms(out));
    }

    /** "Mastodon: why. Bluesky and X went out." under a failed notification: each failure, then what went out. */
    private static String failures(Outcome o) {
        StringBuilder b = new StringBuilder();
        for (Outcome.Target t : o.targets()) {
            if (t.result() == Outcome.Result.FAILED) {
                b.append(b.length() == 0 ? "" : " ").append(Bundle.MSG_FailedOn(QueueLabels.platform(t.platform()), Sentences.phrase(t.reason())));
            }
        }
        List<String> out = o.targets().stream().filter(t -> t.result() == Outcome.Result.PUBLISHED).map(Outcome.Target::platform).toList();
        if (!out.isEmpty()) {
            b.append(' ').append(Bundle.MSG_WentOutOn(QueueLabels.platforms(out)));
        }
        return b.toString();
    }

    /** @param askedFor the user chose Publish Now: an entry left alone is told too (it may be unreadable) */
    private static void run(QueueService queue, Function<QueueService, List<Outcome>> work, boolean askedFor) {
        List<Outcome> outcomes;
        try (ProgressHandle progress = ProgressHandle.createHandle(Bundle.PRG_Publishing())) {
            progress.start();
            outcomes = work.apply(queue);
        }
        for (Outcome o : outcomes) {
            if (o.result() == Outcome.Result.SKIPPED) {
                if (askedFor) {
                    String why = Sentences.phrase(o.reason());
                    SwingUtilities.invokeLater(() -> NotificationDisplayer.getDefault().notify(Bundle.MSG_NotPublished(),
                            Icons.warning(), why, null, NotificationDisplayer.Priority.HIGH));
                }
                continue;
            }
            String what = QueueLabels.describe(o.entry());
            boolean ok = o.result() == Outcome.Result.PUBLISHED;
            List<String> failed = o.targets().stream().filter(t -> t.result() == Outcome.Result.FAILED).map(Outcome.Target::platform).toList();
            SwingUtilities.invokeLater(() -> NotificationDisplayer.getDefault().notify(
                    ok ? Bundle.MSG_Published(what) : Bundle.MSG_Failed(QueueLabels.platforms(failed), what), ok ? Icons.info() : Icons.warning(),
                    ok ? where(o) : failures(o), null,
                    ok ? NotificationDisplayer.Priority.NORMAL : NotificationDisplayer.Priority.HIGH));
        }
    }
}
