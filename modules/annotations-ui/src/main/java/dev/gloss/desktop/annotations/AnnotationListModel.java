package dev.gloss.desktop.annotations;

import dev.gloss.workspace.Palette;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Quad;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The annotations the view can show, held in memory, and the rows a {@link Query} makes of them.
 * <p>
 * Each annotation keeps a lower-case copy of its quote, note and tags, made once (when a filter
 * first needs it), so filtering as the user types is a plain scan of strings: no workspace I/O,
 * no Swing. Changes from the workspace arrive one by one through {@link #put} and {@link #remove}.
 * Not thread-safe: the view uses it on the event thread only.
 */
public final class AnnotationListModel {
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, Paper> papers = new HashMap<>();
    private final Map<String, Set<String>> orphansByPaper = new HashMap<>();
    private final Set<String> orphans = new HashSet<>();
    /** {@link #tags()}, kept until the annotations change (the view asks on every refresh). */
    private List<String> tags;

    /** What a query made: the rows, and counts that tell an empty scope from an empty filter. */
    public record Result(List<Row> rows, int total, int shown) {
    }

    /**
     * An annotation with its reading-order keys (see {@link #READING}), so that sorting 10,000 of
     * them only compares fields, and its lower-case search text and tags, made when a filter
     * first needs them (not for the first rows the view shows).
     */
    private static final class Entry {
        /** {@link #READING} over entries. */
        static final Comparator<Entry> ORDER = (x, y) -> {
            int c = Integer.compare(x.annotation.page(), y.annotation.page());
            if (c == 0) {
                c = Integer.compare(x.start, y.start);
            }
            if (c == 0) {
                c = Double.compare(-x.top, -y.top);
            }
            return c != 0 ? c : x.annotation.id().compareTo(y.annotation.id());
        };

        final Annotation annotation;
        final int start;
        final double top;
        private String text;
        private List<String> tags;

        Entry(Annotation a) {
            annotation = a;
            start = a.position() == null ? Integer.MAX_VALUE : a.position().start();
            top = AnnotationListModel.top(a);
        }

        Annotation annotation() {
            return annotation;
        }

        /** Quote, note and #tags in lower case, one string to search. */
        String text() {
            if (text == null) {
                StringBuilder sb = new StringBuilder(annotation.exact().length() + 32);
                sb.append(annotation.exact()).append('\n');
                if (annotation.note() != null) {
                    sb.append(annotation.note()).append('\n');
                }
                for (String t : tags()) {
                    sb.append('#').append(t).append(' ');
                }
                text = sb.toString().toLowerCase(Locale.ROOT);
            }
            return text;
        }

        /** The tags in lower case. */
        List<String> tags() {
            if (tags == null) {
                List<String> lower = new ArrayList<>(annotation.tags().size());
                for (String t : annotation.tags()) {
                    lower.add(t.toLowerCase(Locale.ROOT));
                }
                tags = lower;
            }
            return tags;
        }
    }

    /** Replaces every paper the model knows (for titles and order). */
    public void setPapers(Collection<Paper> all) {
        papers.clear();
        all.forEach(p -> papers.put(p.id(), p));
    }

    public void putPaper(Paper p) {
        papers.put(p.id(), p);
    }

    public void removePaper(String paperId) {
        papers.remove(paperId);
        if (entries.values().removeIf(e -> paperId.equals(e.annotation().paperId()))) {
            tags = null;
        }
        markOrphaned(paperId, Set.of());
    }

    /** Replaces every annotation. */
    public void setAnnotations(Collection<Annotation> all) {
        entries.clear();
        tags = null;
        all.forEach(this::put);
    }

    /** Adds an annotation or replaces the one with its id. */
    public void put(Annotation a) {
        entries.put(a.id(), new Entry(a));
        tags = null;
    }

    public void remove(String annotationId) {
        if (entries.remove(annotationId) != null) {
            tags = null;
        }
    }

    public Optional<Annotation> get(String annotationId) {
        Entry e = entries.get(annotationId);
        return e == null ? Optional.empty() : Optional.of(e.annotation());
    }

    public Optional<Paper> paper(String paperId) {
        return Optional.ofNullable(papers.get(paperId));
    }

    /** How many annotations the model holds. */
    public int size() {
        return entries.size();
    }

    /** Every annotation of a paper, in no particular order. */
    public List<Annotation> annotationsOf(String paperId) {
        List<Annotation> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (paperId.equals(e.annotation().paperId())) {
                out.add(e.annotation());
            }
        }
        return out;
    }

    /** Records which annotations of a paper could not be re-anchored (replacing what was known). */
    public void markOrphaned(String paperId, Set<String> annotationIds) {
        Set<String> old = orphansByPaper.remove(paperId);
        if (old != null) {
            orphans.removeAll(old);
        }
        if (!annotationIds.isEmpty()) {
            orphansByPaper.put(paperId, Set.copyOf(annotationIds));
            orphans.addAll(annotationIds);
        }
    }

    public boolean isOrphaned(String annotationId) {
        return orphans.contains(annotationId);
    }

    /** Every tag in use, sorted case-insensitively, each once (in its first spelling). */
    public List<String> tags() {
        if (tags == null) {
            TreeSet<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (Entry e : entries.values()) {
                out.addAll(e.annotation().tags());
            }
            tags = List.copyOf(out);
        }
        return tags;
    }

    /** The rows {@code q} shows: papers, their page or colour headers, and the matching annotations. */
    public Result rows(Query q) {
        String[] words = q.words();
        String tag = q.tag() == null ? null : q.tag().toLowerCase(Locale.ROOT);
        Map<String, List<Entry>> byPaper = new HashMap<>();
        int total = 0;
        int shown = 0;
        for (Entry e : entries.values()) {
            if (q.paperId() != null && !q.paperId().equals(e.annotation().paperId())) {
                continue;
            }
            total++;
            if (matches(e, q.colors(), tag, words)) {
                shown++;
                byPaper.computeIfAbsent(e.annotation().paperId(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Row> rows = new ArrayList<>(shown + byPaper.size() * 4);
        for (String paperId : paperOrder(byPaper, q.sort())) {
            List<Entry> group = byPaper.get(paperId);
            boolean collapsed = q.collapsed().contains(paperId);
            Paper p = papers.get(paperId);
            rows.add(new Row.PaperRow(paperId, p, title(paperId, p), group.size(), collapsed));
            if (!collapsed) {
                addGroup(rows, paperId, group, q.sort());
            }
        }
        return new Result(List.copyOf(rows), total, shown);
    }

    private static boolean matches(Entry e, Set<String> colors, String tag, String[] words) {
        if (!colors.isEmpty() && !colors.contains(colorOf(e.annotation()))) {
            return false;
        }
        if (tag != null && !e.tags().contains(tag)) {
            return false;
        }
        for (String w : words) {
            if (!e.text().contains(w)) {
                return false;
            }
        }
        return true;
    }

    private void addGroup(List<Row> rows, String paperId, List<Entry> group, Sort sort) {
        switch (sort) {
            case DATE -> {
                group.sort(Comparator.comparing((Entry e) -> date(e.annotation())).reversed()
                        .thenComparing(e -> e.annotation().id()));
                for (Entry e : group) {
                    rows.add(annotationRow(e, true));
                }
            }
            case PAGE -> {
                group.sort(Entry.ORDER);
                addRuns(rows, paperId, group, false);
            }
            case COLOR -> {
                group.sort(Comparator.comparing((Entry e) -> colorRank(colorOf(e.annotation())))
                        .thenComparing(e -> colorOf(e.annotation()))
                        .thenComparing(Entry.ORDER));
                addRuns(rows, paperId, group, true);
            }
            default -> throw new IllegalStateException("unknown sort " + sort);
        }
    }

    /** Adds a header before each run of equal pages (or colours) and then the run. */
    private void addRuns(List<Row> rows, String paperId, List<Entry> sorted, boolean byColor) {
        int i = 0;
        while (i < sorted.size()) {
            Annotation first = sorted.get(i).annotation();
            int j = i + 1;
            while (j < sorted.size() && sameGroup(first, sorted.get(j).annotation(), byColor)) {
                j++;
            }
            rows.add(byColor ? new Row.GroupRow(paperId, 0, colorOf(first), j - i)
                    : new Row.GroupRow(paperId, first.page(), null, j - i));
            for (int k = i; k < j; k++) {
                rows.add(annotationRow(sorted.get(k), byColor));
            }
            i = j;
        }
    }

    private static boolean sameGroup(Annotation a, Annotation b, boolean byColor) {
        return byColor ? colorOf(a).equals(colorOf(b)) : a.page() == b.page();
    }

    private Row.AnnotationRow annotationRow(Entry e, boolean showPage) {
        boolean orphaned = !orphans.isEmpty() && orphans.contains(e.annotation().id());
        return new Row.AnnotationRow(e.annotation(), orphaned, showPage);
    }

    private List<String> paperOrder(Map<String, List<Entry>> byPaper, Sort sort) {
        List<String> ids = new ArrayList<>(byPaper.keySet());
        if (sort == Sort.DATE) {
            Map<String, Instant> newest = new HashMap<>();
            byPaper.forEach((id, list) -> newest.put(id,
                    list.stream().map(e -> date(e.annotation())).max(Comparator.naturalOrder()).orElse(Instant.EPOCH)));
            ids.sort(Comparator.comparing(newest::get, Comparator.reverseOrder()));
        } else {
            ids.sort(Comparator.comparing((String id) -> title(id, papers.get(id)), String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(Comparator.naturalOrder()));
        }
        return ids;
    }

    private static String title(String paperId, Paper p) {
        return p != null && p.displayTitle() != null ? p.displayTitle() : paperId;
    }

    /** The colour name an annotation is filtered and grouped by: lower case, yellow when unset. */
    public static String colorOf(Annotation a) {
        return a.color() == null || a.color().isBlank() ? Palette.DEFAULT : a.color().toLowerCase(Locale.ROOT);
    }

    private static int colorRank(String color) {
        int i = Palette.NAMES.indexOf(color);
        return i >= 0 ? i : Palette.NAMES.size();
    }

    /** When an annotation last changed (or was made). */
    public static Instant date(Annotation a) {
        if (a.modified() != null) {
            return a.modified();
        }
        return a.created() != null ? a.created() : Instant.EPOCH;
    }

    /** Reading order: page, then place in the page text, then top to bottom. */
    static final Comparator<Annotation> READING = Comparator.comparingInt(Annotation::page)
            .thenComparingInt((Annotation a) -> a.position() == null ? Integer.MAX_VALUE : a.position().start())
            .thenComparingDouble(a -> -top(a))
            .thenComparing(Annotation::id);

    private static double top(Annotation a) {
        double t = a.area() != null ? a.area().top() : -Double.MAX_VALUE;
        for (Quad q : a.quads()) {
            t = Math.max(t, q.maxY());
        }
        return t;
    }
}
