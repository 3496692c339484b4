package dev.gloss.desktop.queue;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.Workspace;
import java.awt.Color;
import java.time.ZoneId;
import org.openide.util.NbBundle;

/** Words and colours the queue window uses for entries and states. */
@NbBundle.Messages({
    "STATE_SCHEDULED=Scheduled",
    "STATE_PUBLISHING=Publishing",
    "STATE_PUBLISHED=Published",
    "STATE_FAILED=Failed",
    "STATE_CANCELLED=Cancelled",
    "LBL_UntitledThread=Untitled thread"
})
final class QueueLabels {
    private QueueLabels() {
    }

    static String state(QueueState s) {
        return switch (s) {
            case SCHEDULED -> Bundle.STATE_SCHEDULED();
            case PUBLISHING -> Bundle.STATE_PUBLISHING();
            case PUBLISHED -> Bundle.STATE_PUBLISHED();
            case FAILED -> Bundle.STATE_FAILED();
            case CANCELLED -> Bundle.STATE_CANCELLED();
        };
    }

    static Color stateColor(QueueState s) {
        return switch (s) {
            case SCHEDULED -> new Color(0x2F6FDB);
            case PUBLISHING -> new Color(0xD98A00);
            case PUBLISHED -> new Color(0x2E9D4F);
            case FAILED -> new Color(0xD0342C);
            case CANCELLED -> new Color(0x8A8F98);
        };
    }

    /** The entry's time of day in the user's zone, as the list and the week view group it. */
    static String time(QueueEntry e) {
        return e.at() == null ? "" : Times.time(e.at().atZone(ZoneId.systemDefault()).toLocalTime());
    }

    /** "Thread title — 9:00 AM" for notifications. */
    static String describe(QueueEntry e) {
        if (e == null) {
            return "";
        }
        Workspace ws = GlossWorkspace.future().getNow(null);
        String title = ws == null ? null : ws.get(Kind.THREADS, e.threadId()).map(PostThread::title).orElse(null);
        return (title == null || title.isBlank() ? Bundle.LBL_UntitledThread() : title) + " — " + time(e);
    }
}
