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
    "# {0} - what",
    "MSG_Failed=Publishing failed: {0}",
    "MSG_NotPublished=The entry was not published",
    "# {0} - number of posts",
    "# {1} - account handle",
    "MSG_PublishedWhere={0,choice,1#1 post|1<{0} posts} as {1}"
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

    /** "2 posts as handle" under a published notification (its title says what and when). */
    private static String where(dev.gloss.workspace.QueueEntry e) {
        dev.gloss.workspace.Workspace ws = GlossWorkspace.future().getNow(null);
        String handle = ws == null || e == null ? null
                : ws.get(dev.gloss.workspace.Kind.ACCOUNTS, e.accountId())
                        .map(dev.gloss.workspace.AccountRef::handle).orElse(null);
        int posts = e == null ? 0 : e.posts().size();
        return handle == null ? "" : Bundle.MSG_PublishedWhere(posts, handle);
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
            SwingUtilities.invokeLater(() -> NotificationDisplayer.getDefault().notify(
                    ok ? Bundle.MSG_Published(what) : Bundle.MSG_Failed(what), ok ? Icons.info() : Icons.warning(),
                    ok ? where(o.entry()) : Sentences.phrase(o.reason()), null,
                    ok ? NotificationDisplayer.Priority.NORMAL : NotificationDisplayer.Priority.HIGH));
        }
    }
}
