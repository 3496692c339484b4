package dev.gloss.library.anchor;

import dev.gloss.pdf.PageText;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.TextPositionSelector;
import dev.gloss.workspace.TextQuoteSelector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Finds an annotation's text again in a PDF's current text layer, as the W3C selectors allow:
 * <ol>
 * <li>by position: the text at its {@link TextPositionSelector} is its quote: anchored;</li>
 * <li>by its quads: the text under them is its quote (the same file, read by a newer text
 * layer): anchored, with its position brought up to date;</li>
 * <li>by the exact quote on its page (whitespace, case, hyphenation and quote styles folded),
 * the occurrence whose prefix and suffix match best, then the one nearest the old position;</li>
 * <li>by a fuzzy match (a small edit distance) on its page;</li>
 * <li>the same two searches on the other pages, nearest first.</li>
 * </ol>
 * Found elsewhere, it is {@link Status#MOVED} with its new page, position and quads. Not found,
 * it is {@link Status#ORPHANED} and returned unchanged: an annotation is never dropped.
 * Annotations without text (notes, ink, clips) are anchored by their area and stay as they are.
 * <pre>{@code
 * try (PdfDocument pdf = PdfDocument.open(file)) {
 *     Anchoring.Anchored a = Anchoring.reanchor(annotation, pdf);
 *     if (a.status() == Anchoring.Status.MOVED) workspace.save(Kind.ANNOTATIONS, a.annotation());
 * }
 * }</pre>
 */
public final class Anchoring {
    /** How an annotation was found. */
    public enum Status {
        /** Where it was. */
        ANCHORED,
        /** Found at another place; the returned annotation carries the new anchor. */
        MOVED,
        /** Not found; shown as orphaned, kept as it was. */
        ORPHANED
    }

    /** The outcome of re-anchoring one annotation. */
    public record Anchored(Annotation annotation, Status status) {
    }

    /** Folded page texts, kept while the page text is (PdfDocument caches those softly). */
    private static final Map<PageText, Folded> FOLDED = Collections.synchronizedMap(new WeakHashMap<>());

    private Anchoring() {
    }

    private static Folded folded(PageText t) {
        return FOLDED.computeIfAbsent(t, x -> Folded.of(x.text()));
    }

    /** Re-anchors every annotation in {@code anns} against {@code pdf}, in order. */
    public static List<Anchored> reanchorAll(List<Annotation> anns, PdfDocument pdf) throws PdfException {
        List<Anchored> out = new ArrayList<>(anns.size());
        for (Annotation a : anns) {
            out.add(reanchor(a, pdf));
        }
        return out;
    }

    /** Re-anchors one annotation (see the class comment). */
    public static Anchored reanchor(Annotation a, PdfDocument pdf) throws PdfException {
        String exact = a.exact();
        if (exact.isBlank()) {
            return new Anchored(a, Status.ANCHORED);
        }
        int pages = pdf.pageCount();
        int page = a.page() >= 1 && a.page() <= pages ? a.page() : 0;
        if (page > 0) {
            PageText t = pdf.text(page);
            TextPositionSelector pos = a.position();
            if (pos != null && pos.start() >= 0 && pos.end() <= t.text().length() && pos.start() < pos.end()
                    && Folded.of(t.text().substring(pos.start(), pos.end())).text().equals(Folded.of(exact).text())) {
                Annotation same = a.quads().isEmpty() ? a.withAnchor(page, pos, t.quads(pos.start(), pos.end())) : a;
                return new Anchored(same, Status.ANCHORED);
            }
            if (!a.quads().isEmpty()) {
                // the file never changes, so its quads still cover the same glyphs
                TextUnder.Under u = TextUnder.under(t, a.quads());
                if (u != null && Folded.of(u.text()).text().equals(Folded.of(exact).text())) {
                    if (!u.contiguous()) {
                        return new Anchored(a, Status.ANCHORED);
                    }
                    TextPositionSelector now = new TextPositionSelector(u.range().start(), u.range().end());
                    // same place on the page; a new position is reported as MOVED so that callers save it
                    return now.equals(pos) ? new Anchored(a, Status.ANCHORED)
                            : new Anchored(a.withAnchor(page, now, a.quads()), Status.MOVED);
                }
            }
            Hit hit = exactOn(t, a.quote(), near(a));
            if (hit == null) {
                hit = fuzzyOn(t, exact, near(a));
            }
            if (hit != null) {
                return moved(a, t, hit);
            }
        }
        List<Integer> order = pageOrder(page, pages);
        for (int p : order) {
            PageText t = pdf.text(p);
            Hit hit = exactOn(t, a.quote(), -1);
            if (hit != null) {
                return moved(a, t, hit);
            }
        }
        for (int p : order) {
            PageText t = pdf.text(p);
            Hit hit = fuzzyOn(t, exact, -1);
            if (hit != null) {
                return moved(a, t, hit);
            }
        }
        return new Anchored(a, Status.ORPHANED);
    }

    /**
     * Finds a quote on a page, tolerant of whitespace, case, hyphenation and quote styles, using
     * prefix and suffix to choose among several occurrences and {@code near} (an offset, or -1) to
     * break ties. Null when the folded quote is not on the page.
     */
    static Hit exactOn(PageText t, TextQuoteSelector quote, int near) {
        Folded text = folded(t);
        String q = Folded.of(quote.exact()).text();
        if (q.isEmpty()) {
            return null;
        }
        Hit best = null;
        int bestScore = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i : text.indexesOf(q)) {
            int[] r = text.original(i, i + q.length());
            int score = context(text, i, i + q.length(), quote);
            int distance = near < 0 ? 0 : Math.abs(r[0] - near);
            if (score > bestScore || (score == bestScore && distance < bestDistance)) {
                best = new Hit(r[0], r[1]);
                bestScore = score;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static Hit fuzzyOn(PageText t, String exact, int near) {
        Folded text = folded(t);
        String q = Folded.of(exact).text();
        if (q.length() < 8) {
            // too short to tell a typo from another word
            return null;
        }
        int foldedNear = 0;
        if (near >= 0) {
            while (foldedNear < text.text().length() && text.map()[foldedNear] < near) {
                foldedNear++;
            }
        }
        Fuzzy.Match m = Fuzzy.find(text.text(), q, Fuzzy.tolerance(q.length()), foldedNear);
        if (m == null) {
            return null;
        }
        int[] r = text.original(m.start(), m.end());
        return new Hit(r[0], r[1]);
    }

    /** How many characters of prefix and suffix agree with the text around a folded match. */
    private static int context(Folded text, int start, int end, TextQuoteSelector quote) {
        int score = 0;
        if (quote.prefix() != null) {
            String p = Folded.of(quote.prefix()).text();
            String before = text.text().substring(0, start).stripTrailing();
            p = p.stripTrailing();
            int k = 0;
            while (k < p.length() && k < before.length()
                    && p.charAt(p.length() - 1 - k) == before.charAt(before.length() - 1 - k)) {
                k++;
            }
            score += k;
        }
        if (quote.suffix() != null) {
            String s = Folded.of(quote.suffix()).text().stripLeading();
            String after = text.text().substring(end).stripLeading();
            int k = 0;
            while (k < s.length() && k < after.length() && s.charAt(k) == after.charAt(k)) {
                k++;
            }
            score += k;
        }
        return score;
    }

    private static int near(Annotation a) {
        return a.position() == null ? -1 : a.position().start();
    }

    private static Anchored moved(Annotation a, PageText t, Hit hit) {
        Annotation moved = a.withAnchor(t.page(), new TextPositionSelector(hit.start(), hit.end()),
                t.quads(hit.start(), hit.end()));
        return new Anchored(moved, Status.MOVED);
    }

    /** Every page but {@code page}, nearest first (after before, at equal distance). */
    private static List<Integer> pageOrder(int page, int pages) {
        List<Integer> out = new ArrayList<>();
        int center = page > 0 ? page : 1;
        if (page == 0) {
            out.add(1);
        }
        for (int d = 1; d < pages; d++) {
            if (center + d <= pages) {
                out.add(center + d);
            }
            if (center - d >= 1) {
                out.add(center - d);
            }
        }
        return out;
    }

    /** A range {@code [start, end)} in a page's text. */
    record Hit(int start, int end) {
    }
}
