package dev.gloss.desktop.queue;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.PostThread;
import dev.gloss.threads.Platform;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueTarget;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.Workspace;
import java.awt.Color;
import java.time.ZoneId;
import java.util.List;
import org.openide.util.NbBundle;

/** Words and colours the queue window uses for entries and states. */
@NbBundle.Messages({
    "STATE_SCHEDULED=Scheduled",
    "STATE_PUBLISHING=Publishing",
    "STATE_PUBLISHED=Published",
    "STATE_FAILED=Failed",
    "STATE_CANCELLED=Cancelled",
    "LBL_UntitledThread=Untitled thread",
    "# {0} - platform", "# {1} - its state",
    "LBL_TargetState={0}: {1}",
    "# {0} - thread title", "# {1} - time", "# {2} - each platform with its state",
    "LBL_EntryAndTargets={0} — {1}: {2}",
    "# {0} - first names", "# {1} - last name",
    "LBL_AndLast={0} and {1}"
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

    /**
     * The entry's time in the zone it was queued in, when that is not the user's ("3:00 AM
     * America/New_York (EST)"); null when it is.
     */
    static String timeInItsZone(QueueEntry e) {
        if (e.at() == null || e.zone() == null) {
            return null;
        }
        ZoneId its;
        try {
            its = ZoneId.of(e.zone());
        } catch (java.time.DateTimeException ex) {
            return null; // a zone this JVM does not know: the user's zone says it all
        }
        if (Times.sameZone(its, ZoneId.systemDefault())) {
            return null;
        }
        return Times.time(e.at().atZone(its).toLocalTime()) + " " + Times.zone(its, e.at());
    }

    /** "Thread title — 9:00 AM" for notifications. */
    static String describe(QueueEntry e) {
        if (e == null) {
            return "";
        }
        return title(e) + " — " + time(e);
    }

    /** The title of the entry's thread, or "Untitled thread". */
    static String title(QueueEntry e) {
        Workspace ws = GlossWorkspace.future().getNow(null);
        String title = ws == null ? null : ws.get(Kind.THREADS, e.threadId()).map(PostThread::title).orElse(null);
        return title == null || title.isBlank() ? Bundle.LBL_UntitledThread() : title;
    }

    /** "Sparse features — 9:00 AM: Bluesky Published, Mastodon Failed": a chip's tooltip and accessible name. */
    static String describeWithTargets(QueueEntry e) {
        return describeWithTargets(e, title(e));
    }

    /** {@link #describeWithTargets(QueueEntry)} with the thread's title given. */
    static String describeWithTargets(QueueEntry e, String title) {
        return Bundle.LBL_EntryAndTargets(title, time(e), String.join(", ",
                e.targets().stream().map(t -> Bundle.LBL_TargetState(platform(t.platform()), state(t.state()))).toList()));
    }

    /** A platform's name as users know it: "Bluesky", "LinkedIn", "X". */
    static String platform(String id) {
        if (id == null) {
            return "?";
        }
        try {
            return Platform.fromId(id).displayName();
        } catch (IllegalArgumentException e) {
            return id; // a platform this Gloss does not know (a newer one queued it): its id
        }
    }

    /** "Bluesky", "Bluesky and X", "Bluesky, Mastodon and X". */
    static String platforms(List<String> ids) {
        List<String> names = ids.stream().map(QueueLabels::platform).toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return Bundle.LBL_AndLast(String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
    }

    /** Each target of an entry as a badge: its platform (with {@code detail}, e.g. its state) and its state's mark. */
    static List<TargetBadges.Badge> badges(QueueEntry e, java.util.function.Function<QueueTarget, String> detail) {
        return e.targets().stream().map(t -> {
            String d = detail == null ? null : detail.apply(t);
            return new TargetBadges.Badge(d == null || d.isEmpty() ? platform(t.platform()) : platform(t.platform()) + " " + d, t.state());
        }).toList();
    }
}
