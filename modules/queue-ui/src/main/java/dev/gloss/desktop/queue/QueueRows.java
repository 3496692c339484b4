package dev.gloss.desktop.queue;

import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The queue as the window lists it: entries by day (in the user's zone), a heading per day. */
final class QueueRows {
    private QueueRows() {
    }

    /**
     * One line of the list.
     *
     * @param day     the day of a heading, null for an entry
     * @param entry   the entry, null for a heading
     * @param thread   the entry's thread (null if it is gone)
     * @param accounts the workspace's accounts by id (one of a target may be gone)
     */
    record Line(LocalDate day, QueueEntry entry, PostThread thread, Map<String, AccountRef> accounts) {
        Line {
            accounts = accounts == null ? Map.of() : accounts;
        }

        boolean isHeading() {
            return entry == null;
        }

        String firstPost() {
            return thread == null || thread.posts().isEmpty() ? "" : thread.posts().get(0).text();
        }
    }

    static List<Line> group(List<QueueEntry> entries, Map<String, PostThread> threads, Map<String, AccountRef> accounts,
            ZoneId zone) {
        List<QueueEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(QueueEntry::at, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(QueueEntry::id));
        List<Line> out = new ArrayList<>();
        LocalDate current = null;
        for (QueueEntry e : sorted) {
            LocalDate day = (e.at() == null ? Instant.EPOCH : e.at()).atZone(zone).toLocalDate();
            if (!Objects.equals(day, current)) {
                out.add(new Line(day, null, null, null));
                current = day;
            }
            out.add(new Line(null, e, threads.get(e.threadId()), accounts));
        }
        return out;
    }

    /** The entries of one week (Monday first), per day, for the week view. */
    static List<List<QueueEntry>> week(List<QueueEntry> entries, LocalDate monday, ZoneId zone) {
        List<List<QueueEntry>> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(new ArrayList<>());
        }
        for (QueueEntry e : entries) {
            if (e.at() == null) {
                continue;
            }
            long offset = java.time.temporal.ChronoUnit.DAYS.between(monday, e.at().atZone(zone).toLocalDate());
            if (offset >= 0 && offset < 7) {
                days.get((int) offset).add(e);
            }
        }
        days.forEach(d -> d.sort(Comparator.comparing(QueueEntry::at)));
        return days;
    }
}
