package dev.gloss.pdf;

import dev.gloss.pdf.DocLines.Ln;
import dev.gloss.workspace.Rect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a paper's reference list and cuts it into entries, from the lines' geometry: the list
 * starts under a "References" heading (the one followed by lines that look like references), an
 * entry starts at a printed label ("[12]", "12.") or, in an author–year list, at a line flush
 * with its column where the others hang indented, or after a wider gap. The list ends at a
 * heading in a larger type (an appendix). Footnotes and page numbers in between are left out.
 */
final class ReferenceParser {
    private static final Pattern HEADING = Pattern.compile(
            "(?:(?:\\d{1,2}|[IVXL]{1,5})\\.?)?(references|bibliography|literaturecited|workscited|citedliterature|literatur"
                    + "|literaturverzeichnis|referencesandnotes|références|bibliographie|referencias|riferimenti|bibliografia)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.])(?:19|20)\\d\\d(?![\\d/])");
    private static final Pattern BRACKET = Pattern.compile("^\\[([^\\]\\s][^\\]]{0,18})\\]\\s*");
    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,4})\\.\\s+");
    private static final Pattern PLAIN = Pattern.compile("^(\\d{1,4})\\s+(?=\\p{L})");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(?:page\\s+)?\\d{1,5}(?:\\s+(?:of|/)\\s+\\d{1,5})?");
    /** How many lines after a heading are looked at to decide that a list follows. */
    private static final int PROBE = 40;

    private ReferenceParser() {
    }

    /** The entries' printed labels, how they are recognized. */
    enum Style { BRACKET, DOTTED, PLAIN, NONE }

    /**
     * The parsed list.
     *
     * @param entries the entries in print order, with their text and areas (no fields yet)
     * @param style   how entries are labelled
     * @param heading the "References" heading, or null when there is no list
     */
    record Parsed(List<Raw> entries, Style style, Ln heading) {
        static final Parsed NONE = new Parsed(List.of(), Style.NONE, null);
    }

    /** One entry before its fields are read: label, joined text, areas, and its lines. */
    record Raw(String label, String text, List<PageArea> areas, List<Ln> lines) {
    }

    /** Finds and cuts the list; {@link Parsed#NONE} when the paper has none. */
    static Parsed parse(List<Ln> lines) {
        int heading = heading(lines);
        if (heading < 0) {
            return Parsed.NONE;
        }
        List<Ln> body = listLines(lines, heading + 1);
        if (body.isEmpty()) {
            return Parsed.NONE;
        }
        Style style = style(body);
        List<Raw> entries = cut(body, style);
        return new Parsed(entries, style, lines.get(heading));
    }

    /** The index of the heading that the most reference-like lines follow, or -1. */
    static int heading(List<Ln> lines) {
        int best = -1;
        int bestScore = 3;
        for (int i = 0; i < lines.size(); i++) {
            Ln l = lines.get(i);
            if (l.text().length() > 40) {
                continue;
            }
            String squeezed = l.text().replaceAll("[\\s:]", "").toLowerCase(Locale.ROOT);
            if (!HEADING.matcher(squeezed).matches()) {
                continue;
            }
            int score = 0;
            for (int j = i + 1; j < Math.min(lines.size(), i + 1 + PROBE); j++) {
                String t = lines.get(j).text();
                if (YEAR.matcher(t).find() || BRACKET.matcher(t).find()) {
                    score++;
                }
            }
            if (score >= bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** The lines of the list: from {@code from} until a heading in larger type; footnotes and page numbers dropped. */
    private static List<Ln> listLines(List<Ln> lines, int from) {
        double[] sizes = lines.subList(from, Math.min(lines.size(), from + PROBE)).stream().mapToDouble(Ln::size).toArray();
        double size = median(sizes);
        List<Ln> out = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            Ln l = lines.get(i);
            String t = l.text().strip();
            if (l.size() > size * 1.15 && t.length() < 90 && !BRACKET.matcher(t).find()) {
                break; // a heading: an appendix or the next part
            }
            if (l.size() < size * 0.92 || PAGE_NUMBER.matcher(t).matches() || t.isEmpty()) {
                continue; // a footnote, a running header in small type, a page number
            }
            out.add(l);
        }
        return out;
    }

    private static Style style(List<Ln> body) {
        String first = body.get(0).text();
        if (BRACKET.matcher(first).find()) {
            return Style.BRACKET;
        }
        Matcher m = DOTTED.matcher(first);
        if (m.find() && m.group(1).equals("1")) {
            return Style.DOTTED;
        }
        m = PLAIN.matcher(first);
        if (m.find() && m.group(1).equals("1")) {
            return Style.PLAIN;
        }
        return Style.NONE;
    }

    /** Cuts the list's lines into entries. */
    private static List<Raw> cut(List<Ln> body, Style style) {
        boolean[] start = new boolean[body.size()];
        String[] labels = new String[body.size()];
        if (style == Style.NONE) {
            startsByLayout(body, start);
        } else {
            int next = 1;
            for (int i = 0; i < body.size(); i++) {
                String t = body.get(i).text();
                Matcher m = (style == Style.BRACKET ? BRACKET : style == Style.DOTTED ? DOTTED : PLAIN).matcher(t);
                if (!m.find()) {
                    continue;
                }
                if (style != Style.BRACKET) {
                    // "2008. 12 pages": a number starts an entry only when it is the next one
                    if (!m.group(1).equals(String.valueOf(next))) {
                        continue;
                    }
                    next++;
                }
                start[i] = true;
                labels[i] = m.group(1).strip();
            }
            start[0] = true;
        }
        List<Raw> out = new ArrayList<>();
        int i = 0;
        while (i < body.size()) {
            int j = i + 1;
            while (j < body.size() && !start[j]) {
                j++;
            }
            out.add(raw(body.subList(i, j), labels[i], style));
            i = j;
        }
        return out;
    }

    /**
     * Entry starts in a list without labels: where lines hang indented, a line flush with its
     * column starts an entry; a gap wider than the lines' usual spacing starts one too.
     */
    private static void startsByLayout(List<Ln> body, boolean[] start) {
        List<int[]> runs = runs(body);
        double spacing = usualSpacing(body, runs);
        for (int[] run : runs) {
            double left = Double.MAX_VALUE;
            for (int k = run[0]; k < run[1]; k++) {
                left = Math.min(left, body.get(k).left());
            }
            boolean hanging = false;
            for (int k = run[0]; k < run[1]; k++) {
                double indent = body.get(k).left() - left;
                if (indent > 2.5 && indent < 40) {
                    hanging = true;
                    break;
                }
            }
            for (int k = run[0]; k < run[1]; k++) {
                Ln l = body.get(k);
                boolean flush = l.left() - left <= 1.5;
                if (k == run[0]) {
                    // a column's first line continues the previous entry when it hangs indented
                    start[k] = hanging ? flush : startsLikeEntry(body, k);
                    continue;
                }
                double gap = body.get(k - 1).base() - l.base();
                if (hanging) {
                    start[k] = flush;
                } else {
                    start[k] = spacing > 0 && gap > spacing * 1.3;
                }
            }
        }
        start[0] = true;
    }

    /** Without indentation to go by: the previous line ended a sentence and this one starts with a capital. */
    private static boolean startsLikeEntry(List<Ln> body, int k) {
        if (k == 0) {
            return true;
        }
        String prev = body.get(k - 1).text().strip();
        String t = body.get(k).text().strip();
        return prev.endsWith(".") && !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    /** Runs of lines in one column of one page: {from, to} index pairs. */
    private static List<int[]> runs(List<Ln> body) {
        List<int[]> runs = new ArrayList<>();
        int from = 0;
        for (int k = 1; k <= body.size(); k++) {
            if (k == body.size() || newColumn(body.get(k - 1), body.get(k))) {
                runs.add(new int[] {from, k});
                from = k;
            }
        }
        return runs;
    }

    private static boolean newColumn(Ln prev, Ln l) {
        return l.page() != prev.page() || l.base() > prev.base() + 1 || Math.abs(l.left() - prev.left()) > 60;
    }

    private static double usualSpacing(List<Ln> body, List<int[]> runs) {
        List<Double> gaps = new ArrayList<>();
        for (int[] run : runs) {
            for (int k = run[0] + 1; k < run[1]; k++) {
                gaps.add(body.get(k - 1).base() - body.get(k).base());
            }
        }
        return median(gaps.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static Raw raw(List<Ln> lines, String label, Style style) {
        StringBuilder text = new StringBuilder();
        List<PageArea> areas = new ArrayList<>();
        Ln prev = null;
        for (Ln l : lines) {
            String t = l.text().strip();
            if (prev == null && label != null) {
                Matcher m = (style == Style.BRACKET ? BRACKET : style == Style.DOTTED ? DOTTED : PLAIN).matcher(t);
                if (m.find()) {
                    t = t.substring(m.end());
                }
            }
            if (prev != null && !joinsWithoutSpace(prev)) {
                text.append(' ');
            }
            text.append(t);
            if (prev == null || newColumn(prev, l)) {
                areas.add(new PageArea(l.page(), l.box()));
            } else {
                int last = areas.size() - 1;
                areas.set(last, areas.get(last).union(l.box()));
            }
            prev = l;
        }
        return new Raw(label, text.toString().replaceAll("\\s+", " ").strip(), areas, List.copyOf(lines));
    }

    /**
     * Whether the next line continues the previous one's last word: a hyphenated word the text
     * layer joined, an address broken after a slash, or a break after a hyphen in an identifier.
     */
    private static boolean joinsWithoutSpace(Ln prev) {
        if (prev.joined()) {
            return true;
        }
        String t = prev.text().strip();
        int space = t.lastIndexOf(' ');
        String last = t.substring(space + 1);
        boolean address = last.contains("://") || last.startsWith("www.") || last.matches("(?i)(doi:)?10\\.\\d{4,9}/.*")
                || last.matches("(?i).*(arxiv|abs)[:/].*");
        if (address && (last.endsWith("/") || last.endsWith("-") || last.endsWith(".") || last.endsWith("_"))) {
            return true;
        }
        // "Sci-" + "BERT": a hyphen the text layer kept (the next line starts with a capital) stays, without a space
        return last.endsWith("-") && last.length() > 1 && Character.isLetterOrDigit(last.charAt(last.length() - 2));
    }

    static double median(double[] v) {
        if (v.length == 0) {
            return 0;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** The box covering two boxes. */
    static Rect union(Rect a, Rect b) {
        return new Rect(Math.min(a.left(), b.left()), Math.min(a.bottom(), b.bottom()), Math.max(a.right(), b.right()), Math.max(a.top(), b.top()));
    }
}
