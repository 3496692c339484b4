package dev.gloss.pdf;

import dev.gloss.workspace.Quad;
import dev.gloss.workspace.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * The text layer of one page: its text in reading order (a two-column paper reads the left
 * column, then the right), the words with their boxes, and the geometry to turn character
 * ranges into quads and points into ranges. Lines are joined with '\n'; a word hyphenated at
 * the end of a line is joined ("experi-\nment" becomes "experiment"). Immutable and
 * thread-safe. All coordinates are in page space (see the package documentation).
 */
public final class PageText {
    private final int page;
    private final String text;
    private final List<Word> words;
    private final List<TextLine> lines;
    /** Per character of {@link #text}: its line index, or -1 for spaces and line breaks. */
    private final int[] charLine;
    /** Per character: start and end along its line's baseline, points from the line origin. */
    private final float[] charFrom;
    private final float[] charTo;
    private volatile Folded folded;

    PageText(int page, String text, List<Word> words, List<TextLine> lines, int[] charLine, float[] charFrom, float[] charTo) {
        this.page = page;
        this.text = text;
        this.words = List.copyOf(words);
        this.lines = List.copyOf(lines);
        this.charLine = charLine;
        this.charFrom = charFrom;
        this.charTo = charTo;
    }

    /** The page, from 1. */
    public int page() {
        return page;
    }

    /** The page's text in reading order. */
    public String text() {
        return text;
    }

    /** The words in reading order. */
    public List<Word> words() {
        return words;
    }

    /** Lines in reading order (package use: metadata heuristics, tests). */
    List<TextLine> lines() {
        return lines;
    }

    /** The text of a range. */
    public String slice(TextRange r) {
        return text.substring(r.start(), r.end());
    }

    /**
     * One quad per line fragment covered by {@code [start, end)}: what a highlight of that text
     * looks like, ready for /QuadPoints.
     */
    public List<Quad> quads(int start, int end) {
        start = Math.max(0, start);
        end = Math.min(text.length(), end);
        List<Quad> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            int li = charLine[i];
            if (li < 0) {
                i++;
                continue;
            }
            TextLine line = lines.get(li);
            double from = Double.MAX_VALUE;
            double to = -Double.MAX_VALUE;
            int stop = Math.min(end, line.end());
            for (; i < stop; i++) {
                if (charLine[i] == li) {
                    from = Math.min(from, charFrom[i]);
                    to = Math.max(to, charTo[i]);
                }
            }
            if (from <= to) {
                out.add(line.quad(from, to));
            }
        }
        return out;
    }

    /**
     * The text a drag from point A to point B selects, in reading order: from the character
     * boundary nearest A to the one nearest B (whichever comes first in the text). Null when
     * the page has no text or the drag selects nothing.
     */
    public TextRange select(double x1, double y1, double x2, double y2) {
        if (lines.isEmpty()) {
            return null;
        }
        int a = boundaryAt(x1, y1);
        int b = boundaryAt(x2, y2);
        int s = Math.min(a, b);
        int e = Math.max(a, b);
        // a drag that ends between words does not take the space or line break with it
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s == e ? null : new TextRange(s, e);
    }

    /** The word under a point, or null. */
    public TextRange wordAt(double x, double y) {
        Word best = null;
        double bestArea = Double.MAX_VALUE;
        for (Word w : words) {
            Rect r = w.box();
            if (x >= r.left() - 0.5 && x <= r.right() + 0.5 && y >= r.bottom() - 0.5 && y <= r.top() + 0.5) {
                double area = r.width() * r.height();
                if (area < bestArea) {
                    bestArea = area;
                    best = w;
                }
            }
        }
        return best == null ? null : new TextRange(best.start(), best.end());
    }

    /** The line under a point (its characters, without the line break), or null. */
    public TextRange lineAt(double x, double y) {
        int li = lineIndexAt(x, y, 1.0);
        if (li < 0) {
            return null;
        }
        TextLine l = lines.get(li);
        return new TextRange(l.start(), l.end());
    }

    /**
     * Every occurrence of {@code query} on this page, case-insensitive, with any run of
     * whitespace (including line breaks) matching any other.
     */
    public List<TextRange> find(String query) {
        String q = Folded.fold(query).strip();
        List<TextRange> out = new ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        Folded f = folded();
        int from = 0;
        while (true) {
            int i = f.text.indexOf(q, from);
            if (i < 0) {
                break;
            }
            out.add(new TextRange(f.map[i], f.map[i + q.length() - 1] + 1));
            from = i + 1;
        }
        return out;
    }

    private Folded folded() {
        Folded f = folded;
        if (f == null) {
            f = Folded.of(text);
            folded = f;
        }
        return f;
    }

    private int lineIndexAt(double x, double y, double tolerance) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            double d = lines.get(i).distance(x, y);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return bestDistance <= tolerance ? best : -1;
    }

    /** The character boundary nearest a point: snaps to the nearest line, then to a character. */
    private int boundaryAt(double x, double y) {
        int li = lineIndexAt(x, y, Double.MAX_VALUE);
        TextLine l = lines.get(li);
        double a = l.along(x, y);
        for (int i = l.start(); i < l.end(); i++) {
            if (charLine[i] != li) {
                continue;
            }
            if (a < (charFrom[i] + charTo[i]) / 2) {
                return i;
            }
        }
        return l.end();
    }

    /** The text lowercased, whitespace runs folded to one space, with a map back to offsets. */
    private record Folded(String text, int[] map) {
        static Folded of(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            int[] map = new int[s.length() + 1];
            boolean space = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\f') {
                    if (!space) {
                        map[sb.length()] = i;
                        sb.append(' ');
                    }
                    space = true;
                    continue;
                }
                space = false;
                map[sb.length()] = i;
                sb.append(foldChar(c));
            }
            return new Folded(sb.toString(), map);
        }

        static String fold(String s) {
            return of(s).text;
        }

        private static char foldChar(char c) {
            switch (c) {
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212':
                    return '-';
                case '\u2018', '\u2019', '\u201B', '\u2032':
                    return '\'';
                case '\u201C', '\u201D', '\u201F', '\u2033':
                    return '"';
                default:
                    return Character.toLowerCase(c);
            }
        }
    }
}
