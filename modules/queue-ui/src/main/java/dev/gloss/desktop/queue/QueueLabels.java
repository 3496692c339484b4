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

    /**
     * The colour of a state's text: each at least 4.5:1 against the panel's background (WCAG AA),
     * lighter shades on a dark theme, where the light theme's would be hard to read.
     */
    static Color stateColor(QueueState s) {
        Color bg = javax.swing.UIManager.getColor("Panel.background");
        boolean dark = bg != null && (bg.getRed() * 299 + bg.getGreen() * 587 + bg.getBlue() * 114) / 1000 < 128;
        return new Color(switch (s) {
            case SCHEDULED -> dark ? 0x7DB0FF : 0x2563C9;
            case PUBLISHING -> dark ? 0xF2B44A : 0x985A00;
            case PUBLISHED -> dark ? 0x5FD07F : 0x1F7438;
            case FAILED -> dark ? 0xFF8A82 : 0xC22E26;
            case CANCELLED -> dark ? 0xAEB3BA : 0x5F646C;
        });
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
