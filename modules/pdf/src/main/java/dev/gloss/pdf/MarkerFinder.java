package dev.gloss.pdf;

import dev.gloss.pdf.Citation.Kind;
import dev.gloss.pdf.Citation.Source;
import dev.gloss.workspace.Quad;
import dev.gloss.workspace.Rect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citation markers and references to figures, tables, equations, sections and appendices
 * in a page's text and resolves each by text: a numeric marker by the entries' labels, an
 * author–year marker by the first author's surname and the year of the entries (so only names
 * the reference list holds are recognized), "Figure 3" by the caption that starts with it.
 */
final class MarkerFinder {
    private static final Pattern YEAR = Pattern.compile("(?<![\\d\\p{L}/.–-])((?:19|20)\\d\\d(?:[–-](?:19|20)\\d\\d)?)([a-z])?(?![\\d\\p{L}–-])");
    private static final Pattern MORE_SUFFIX = Pattern.compile("\\G,\\s?([a-z])(?![\\p{L}])");
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]]{1,80})\\]");
    private static final Pattern PARENS = Pattern.compile("\\((\\d{1,3}(?:\\s*[,;–-]\\s*\\d{1,3})*)\\)");
    private static final Pattern SUPERSCRIPT = Pattern.compile("(?<=[\\p{Ll}.,;:)\\]])(\\d{1,3}(?:[,–-]\\d{1,3})*)(?=[\\s.,;:]|$)");
    private static final Pattern TOKEN = Pattern.compile("\\s*([^,;]+?)\\s*(?:[,;]|$)");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,4})\\s*[-–—]\\s*(\\d{1,4})");
    private static final String NUM = "\\(?((?:[A-Z]\\.?)?\\d+(?:\\.\\d+)*(?!\\.?\\d)(?![\\p{Lu}])|[A-Z](?![\\p{L}\\d])(?:\\.\\d+)*|[IVXLC]{1,6}(?![\\p{L}\\d]))\\)?(\\(?[a-z]\\)?(?![\\p{L}]))?";
    private static final Pattern OBJECT = Pattern.compile("(?<![\\p{L}])(Figures?|Figs?\\.|FIGURES?|FIGS?\\.|Tables?|Tabs?\\.|TABLES?|Equations?|Eqs?\\.|Eqns?\\.|"
            + "Sections?|Secs?\\.|Sects?\\.|SECTIONS?|§§?|Appendix|Appendices|Apps?\\.|APPENDIX|Abbildung(?:en)?|Abb\\.|Tabellen?|Abschnitt|Kapitel)"
            + "[\\s~\u00a0]*" + NUM);
    private static final Pattern MORE = Pattern.compile("\\G(\\s*(?:,|and|&|–|-|to|und)\\s*)" + NUM);
    private static final int MAX_RANGE = 40;

    private final List<Entry> entries;
    /** The names of software and organizations cited by name alone, as patterns, by entry. */
    private final Map<Entry, Pattern> names = new HashMap<>();
    private final Map<String, List<Entry>> byYear = new HashMap<>();
    private final Map<String, Entry> byLabel = new HashMap<>();
    private final TargetIndex targets;
    private final boolean numeric;
    private final boolean parens;
    private final boolean superscripts;

    /** A reference with its authors' surnames folded for comparison. */
    record Entry(Reference ref, String[] surnames, boolean etAl, boolean named) {
    }

    /**
     * @param parensStyle  whether numeric citations are written in parentheses, "(8)"
     * @param superscripts whether they are superscript numbers
     */
    MarkerFinder(List<Entry> entries, ReferenceParser.Style style, TargetIndex targets, boolean parensStyle, boolean superscripts) {
        this.entries = entries;
        this.targets = targets;
        this.numeric = style != ReferenceParser.Style.NONE;
        this.parens = parensStyle;
        this.superscripts = superscripts;
        for (Entry e : entries) {
            if (e.named()) {
                names.put(e, Pattern.compile("(?i)(?<![\\p{L}\\d])" + Pattern.quote(e.ref().authors().get(0)) + "(?![\\p{L}\\d])"));
            }
            Reference r = e.ref();
            if (numeric && r.label() != null) {
                byLabel.putIfAbsent(r.label(), e);
            }
            if (r.year() != null) {
                byYear.computeIfAbsent(r.year(), k -> new ArrayList<>()).add(e);
                if (r.year().length() > 4) {
                    byYear.computeIfAbsent(r.year().substring(0, 4), k -> new ArrayList<>()).add(e);
                }
            }
        }
    }

    static Entry entry(Reference r, boolean etAl, boolean named) {
        String[] s = new String[r.authors().size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = ReferenceFields.fold(ReferenceFields.surname(r.authors().get(i)));
        }
        return new Entry(r, s, etAl, named);
    }

    /**
     * The markers of a page.
     *
     * @param skip areas of this page where nothing is looked for (the reference list itself)
     * @param captionStarts offsets in the page text where a caption's first line starts
     */
    List<Citation> find(PageText t, List<Rect> skip, Set<Integer> captionStarts) {
        List<Found> out = new ArrayList<>();
        if (!entries.isEmpty()) {
            if (numeric) {
                numeric(t, BRACKETS, out);
                if (parens) {
                    numeric(t, PARENS, out);
                }
                if (superscripts) {
                    numeric(t, SUPERSCRIPT, out);
                }
            } else {
                authorYear(t, out);
                named(t, out);
            }
        }
        objects(t, captionStarts, out);
        out.removeIf(f -> inside(f.citation().area(), skip));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Citation> citations = new ArrayList<>(out.size());
        for (Found f : out) {
            citations.add(f.citation());
        }
        return citations;
    }

    /** A citation with its offset in the page text, for sorting in reading order. */
    private record Found(int start, Citation citation) {
    }

    private static boolean inside(Rect r, List<Rect> areas) {
        double cx = (r.left() + r.right()) / 2;
        double cy = (r.bottom() + r.top()) / 2;
        for (Rect a : areas) {
            if (cx >= a.left() && cx <= a.right() && cy >= a.bottom() && cy <= a.top()) {
                return true;
            }
        }
        return false;
    }

    // ---- numeric: [12], [3, 7-9], (8), superscripts

    private void numeric(PageText t, Pattern p, List<Found> out) {
        String text = t.text();
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (p == PARENS && (m.end() >= text.length() || text.charAt(m.end()) == '\n')) {
                continue; // "(4)" at a line's end numbers an equation
            }
            List<int[]> spans = new ArrayList<>();
            List<List<Entry>> resolved = new ArrayList<>();
            boolean all = true;
            Matcher tok = TOKEN.matcher(m.group(1));
            while (tok.find() && tok.end() > tok.start()) {
                String token = tok.group(1);
                List<Entry> es = resolveLabels(token);
                if (es.isEmpty()) {
                    all = false;
                    break;
                }
                spans.add(new int[] {m.start(1) + tok.start(1), m.start(1) + tok.end(1)});
                resolved.add(es);
                if (tok.end() >= m.group(1).length()) {
                    break;
                }
            }
            if (!all || spans.isEmpty()) {
                continue; // "[0, 1]": an interval, not citations
            }
            for (int i = 0; i < spans.size(); i++) {
                for (Entry e : resolved.get(i)) {
                    add(t, spans.get(i)[0], spans.get(i)[1], Kind.REFERENCE, e.ref().label(), referenceTarget(e.ref()), out);
                }
            }
        }
    }

    private List<Entry> resolveLabels(String token) {
        List<Entry> out = new ArrayList<>();
        Matcher r = RANGE.matcher(token);
        if (r.matches()) {
            int a = Integer.parseInt(r.group(1));
            int b = Integer.parseInt(r.group(2));
            if (b < a || b - a > MAX_RANGE) {
                return List.of();
            }
            for (int n = a; n <= b; n++) {
                Entry e = byLabel.get(String.valueOf(n));
                if (e == null) {
                    return List.of();
                }
                out.add(e);
            }
            return out;
        }
        Entry e = byLabel.get(token.strip());
        return e == null ? List.of() : List.of(e);
    }

    // ---- author–year: Kirk et al. (2023), (Smith and Lee, 2021; Wu, 2020)

    private void authorYear(PageText t, List<Found> out) {
        String text = t.text();
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            String year = y.group(1);
            String suffix = y.group(2);
            Window w = window(text, y.start());
            if (w == null) {
                continue;
            }
            Hit hit = bestEntry(w, year, suffix);
            if (hit == null) {
                continue;
            }
            int end = y.end();
            if (w.narrative() && end < text.length() && text.charAt(end) == ')') {
                end++;
            }
            add(t, hit.start(), end, Kind.REFERENCE, hit.entry().ref().label(), referenceTarget(hit.entry().ref()), out);
            // "2019a,b": the same authors' other paper of that year
            Matcher more = MORE_SUFFIX.matcher(text);
            more.region(y.end(), text.length());
            int at = y.end();
            while (suffix != null && more.find(at) && more.start() == at) {
                Hit other = bestEntry(w, year, more.group(1));
                if (other != null) {
                    add(t, more.start(1), more.end(1), Kind.REFERENCE, other.entry().ref().label(), referenceTarget(other.entry().ref()), out);
                }
                at = more.end();
            }
        }
    }

    /**
     * The names before a year: back to the previous ';', bracket or parenthesis, at most 100
     * characters; for "Kirk et al. (2023)" the parenthesis right before the year is passed over.
     *
     * @param narrative whether the year stands in its own parentheses after the names
     */
    private record Window(String text, int start, boolean narrative, String folded, int[] map) {
    }

    private static Window window(String text, int yearStart) {
        int k = yearStart - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        boolean narrative = false;
        if (k >= 0 && text.charAt(k) == '(') {
            narrative = true;
            k--;
        }
        int end = k + 1;
        int start = end;
        while (start > 0 && end - start < 100) {
            char c = text.charAt(start - 1);
            if (c == ';' || c == '(' || c == ')' || c == '[' || c == ']') {
                break;
            }
            start--;
        }
        if (end <= start) {
            return null;
        }
        String s = text.substring(start, end);
        StringBuilder folded = new StringBuilder();
        int[] map = new int[s.length() + 1];
        String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        if (d.length() != s.length()) {
            // accents decomposed: fold character by character to keep the offsets
            for (int i = 0; i < s.length(); i++) {
                String f = ReferenceFields.fold(String.valueOf(s.charAt(i)));
                for (int j = 0; j < f.length(); j++) {
                    map[folded.length()] = start + i;
                    folded.append(f.charAt(j));
                }
            }
        } else {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isLetter(c)) {
                    map[folded.length()] = start + i;
                    folded.append(Character.toLowerCase(c));
                }
            }
        }
        return new Window(s, start, narrative, folded.toString(), map);
    }

    private record Hit(Entry entry, int start, double score) {
    }

    private Hit bestEntry(Window w, String year, String suffix) {
        List<Entry> candidates = byYear.get(suffix == null ? year : year + suffix);
        if (candidates == null && suffix != null) {
            candidates = byYear.get(year);
        }
        if (candidates == null) {
            return null;
        }
        String lower = w.text().toLowerCase(Locale.ROOT);
        boolean etAl = lower.contains("et al");
        boolean pair = lower.matches("(?s).*\\S\\s+(and|&|und)\\s+\\S.*");
        Hit best = null;
        for (Entry e : candidates) {
            if (e.surnames().length == 0 || e.surnames()[0].isEmpty()) {
                continue;
            }
            int at = lastWord(w, e.surnames()[0]);
            if (at < 0) {
                continue;
            }
            double score = at;
            int authors = e.surnames().length;
            if (etAl) {
                score += authors >= 3 || e.etAl() ? 200 : -200;
            } else if (pair) {
                boolean second = authors == 2 && lastWord(w, e.surnames()[1]) > at;
                score += second ? 200 : authors == 2 ? 50 : -200;
            } else {
                score += authors == 1 ? 200 : -100;
            }
            if (suffix != null && (suffix.equals(e.ref().year().length() > 4 ? e.ref().year().substring(4) : null))) {
                score += 400;
            }
            if (best == null || score > best.score()) {
                best = new Hit(e, w.map()[at], score);
            }
        }
        return best != null ? best : byTitle(w, candidates);
    }

    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\d][\\p{L}\\d-]{2,})\\s*$");

    /**
     * "BillSum (2019)", "ROUGE (2004)": a dataset or method named by the title of the paper that
     * made it, with the year; taken only when one entry of that year has a title starting so.
     */
    private static Hit byTitle(Window w, List<Entry> candidates) {
        Matcher m = LAST_WORD.matcher(w.text());
        if (!m.find()) {
            return null;
        }
        String word = alnum(m.group(1));
        if (word.length() < 4) {
            return null;
        }
        Hit hit = null;
        for (Entry e : candidates) {
            String title = e.ref().title();
            if (title == null) {
                continue;
            }
            String head = alnum(title.split("[:;,.?]")[0]);
            String first = alnum(title.split("[\\s:;,.?]")[0]);
            if (head.equals(word) || first.equals(word)) {
                if (hit != null) {
                    return null; // two such titles: not decided by text
                }
                hit = new Hit(e, w.start() + m.start(1), 0);
            }
        }
        return hit;
    }

    private static String alnum(String s) {
        StringBuilder sb = new StringBuilder();
        String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** The folded offset of the last occurrence of a folded surname that starts a word, or -1. */
    private static int lastWord(Window w, String surname) {
        int from = w.folded().length();
        while (true) {
            int i = w.folded().lastIndexOf(surname, from);
            if (i < 0) {
                return -1;
            }
            int original = w.map()[i] - w.start();
            if (original == 0 || !Character.isLetter(w.text().charAt(original - 1))) {
                return i;
            }
            from = i - 1;
            if (from < 0) {
                return -1;
            }
        }
    }

    /**
     * Software and organizations cited by their name alone, inside parentheses: "(using
     * pdfplumber)". Where a year follows, {@link #authorYear} has it already.
     */
    private void named(PageText t, List<Found> out) {
        String text = t.text();
        for (Map.Entry<Entry, Pattern> n : names.entrySet()) {
            Entry e = n.getKey();
            Matcher m = n.getValue().matcher(text);
            while (m.find()) {
                int open = text.lastIndexOf('(', m.start());
                int close = text.indexOf(')', m.end());
                if (open < 0 || m.start() - open > 30 || text.lastIndexOf(')', m.start()) > open || close < 0 || close - m.end() > 30
                        || YEAR.matcher(text.substring(m.end(), close)).find()) {
                    continue;
                }
                int nextOpen = text.indexOf('(', m.end());
                if (nextOpen >= 0 && nextOpen < close) {
                    continue;
                }
                add(t, m.start(), m.end(), Kind.REFERENCE, e.ref().label(), referenceTarget(e.ref()), out);
            }
        }
    }

    // ---- Figure 3, Fig. 3(b), Table 2, Eq. (4), Section 3.2, Appendix B

    private void objects(PageText t, Set<Integer> captionStarts, List<Found> out) {
        String text = t.text();
        Matcher m = OBJECT.matcher(text);
        while (m.find()) {
            if (captionStarts.contains(m.start())) {
                continue; // the caption itself
            }
            Kind kind = kind(m.group(1));
            String label = m.group(2);
            if (!fits(kind, label)) {
                continue;
            }
            String sub = m.group(3) == null ? "" : m.group(3).replaceAll("[()]", "");
            add(t, m.start(), m.end(), kind, label + sub, objectTarget(kind, label + sub), out);
            Matcher more = MORE.matcher(text);
            int at = m.end();
            while (more.find(at) && more.start() == at) {
                String l = more.group(2);
                if (!fits(kind, l)) {
                    break;
                }
                add(t, more.start(2), more.end(), kind, l, objectTarget(kind, l), out);
                at = more.end();
            }
        }
    }

    /** Roman numerals only number tables and sections, a lone capital only an appendix or section. */
    private static boolean fits(Kind kind, String label) {
        if (label.matches("[IVXLC]+") && label.length() > 1) {
            return kind == Kind.TABLE || kind == Kind.SECTION;
        }
        if (label.matches("[A-Z](\\.\\d+)*")) {
            return kind == Kind.APPENDIX || kind == Kind.SECTION || label.contains(".");
        }
        return true;
    }

    private static Kind kind(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("fig") || w.startsWith("abb")) {
            return Kind.FIGURE;
        }
        if (w.startsWith("tab")) {
            return Kind.TABLE;
        }
        if (w.startsWith("eq")) {
            return Kind.EQUATION;
        }
        if (w.startsWith("app")) {
            return Kind.APPENDIX;
        }
        return Kind.SECTION;
    }

    private CitationTarget objectTarget(Kind kind, String label) {
        TargetIndex.Place p = targets.find(kind, label);
        return p == null ? null : p.target();
    }

    static CitationTarget referenceTarget(Reference r) {
        return new CitationTarget(Kind.REFERENCE, r.page(), r.area().top(), r.areas(), r, r.text());
    }

    /** One citation per line the range covers, each with its own box. */
    private static void add(PageText t, int start, int end, Kind kind, String label, CitationTarget target, List<Found> out) {
        if (end - start > 1 && t.text().charAt(end - 1) == ')' && t.text().lastIndexOf('(', end - 1) < start) {
            end--; // "(§2.4)": the closing parenthesis is not part of the marker
        }
        String printed = t.text().substring(start, end).replaceAll("\\s+", " ").strip();
        for (Quad q : t.quads(start, end)) {
            Rect area = new Rect(q.minX(), q.minY(), q.maxX(), q.maxY());
            out.add(new Found(start, new Citation(t.page(), area, printed, kind, label, Source.TEXT, target)));
        }
    }
}
