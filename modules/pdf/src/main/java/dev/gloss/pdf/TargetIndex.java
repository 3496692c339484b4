package dev.gloss.pdf;

import dev.gloss.pdf.Citation.Kind;
import dev.gloss.pdf.DocLines.Ln;
import dev.gloss.workspace.Rect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places of a paper that the text refers to by number: figure and table captions, numbered
 * equations and section and appendix headings, found by text, with the area a preview shows
 * (a figure with its caption, a table, an equation's line, a heading with its first lines).
 */
final class TargetIndex {
    static final String NUMBER = "(?:[A-Z]\\.?)?\\d+(?:\\.\\d+)*";
    private static final Pattern CAPTION = Pattern.compile(
            "^(Figure|Fig\\.?|FIGURE|FIG\\.?|Abbildung|Abb\\.|Table|TABLE|Tab\\.|Tabelle)\\s*(" + NUMBER + "|[IVXLC]{1,6})\\s*(?:[:.|—–]|\\s-\\s)");
    private static final Pattern EQUATION = Pattern.compile("\\s\\((\\d+(?:\\.\\d+)*[a-z]?)\\)$");
    private static final Pattern EQUATION_ALONE = Pattern.compile("\\((\\d+(?:\\.\\d+)*[a-z]?)\\)");
    private static final Pattern HEADING = Pattern.compile("^(?:(?:Appendix|APPENDIX|Anhang)\\s+)?(\\d{1,2}(?:\\.\\d{1,2}){0,3}|[A-Z](?:\\.\\d{1,2}){0,3})\\.?\\s+(\\p{Lu}[^.]{0,120})$");
    private static final Pattern APPENDIX = Pattern.compile("^(?:Appendix|APPENDIX|Anhang)\\s+([A-Z](?:\\.\\d{1,2}){0,3})\\b[:.]?\\s*(.*)$");
    private static final Pattern TOC_ENTRY = Pattern.compile(".*(?:\\.\\s?){3,}\\s*\\d+$|.*\\s\\d{1,4}$");

    /** One place: what it is, where its first line stands, what a preview shows. */
    record Place(Kind kind, String label, Ln line, List<PageArea> areas, String text) {
        CitationTarget target() {
            Rect first = areas.isEmpty() ? line.box() : areas.get(0).box();
            return new CitationTarget(kind, line.page(), first.top(), areas, null, text);
        }
    }

    private final Map<String, Place> places = new HashMap<>();
    private final List<Place> captions = new ArrayList<>();
    private final List<Place> headings = new ArrayList<>();
    private final List<Place> equations = new ArrayList<>();
    private final double bodySize;

    TargetIndex(List<List<Ln>> pages) {
        List<Double> sizes = new ArrayList<>();
        for (List<Ln> p : pages) {
            for (Ln l : p) {
                sizes.add(l.size());
            }
        }
        bodySize = ReferenceParser.median(sizes.stream().mapToDouble(Double::doubleValue).toArray());
        for (List<Ln> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                Ln l = page.get(i);
                String t = l.text().strip();
                Matcher c = CAPTION.matcher(t);
                if (c.find() && !TOC_ENTRY.matcher(t).matches()) {
                    Kind kind = kindOfCaption(c.group(1));
                    putFirst(caption(kind, c.group(2), page, i));
                    continue;
                }
                Matcher e = EQUATION.matcher(t);
                if (e.find() && t.length() > 6) {
                    putFirst(equation(e.group(1), page, i));
                    continue;
                }
                Matcher alone = EQUATION_ALONE.matcher(t);
                if (alone.matches() && besideOnTheLeft(page, i) != null) {
                    // the number set apart from its equation, at the column's right edge
                    putFirst(equation(alone.group(1), page, i));
                    continue;
                }
                Place h = heading(page, i);
                if (h != null) {
                    putHeading(h);
                }
            }
        }
    }

    private static Kind kindOfCaption(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("f") || w.startsWith("ab") ? Kind.FIGURE : Kind.TABLE;
    }

    static String key(Kind kind, String label) {
        return kind.name() + ":" + label.replaceAll("[\\s()]", "").replaceAll("\\.$", "");
    }

    private void putFirst(Place p) {
        places.putIfAbsent(key(p.kind(), p.label()), p);
        (p.kind() == Kind.EQUATION ? equations : captions).add(p);
    }

    /** A heading in larger type wins over one in body type (a numbered list item, a table of contents line). */
    private void putHeading(Place p) {
        headings.add(p);
        String key = key(p.kind(), p.label());
        Place old = places.get(key);
        if (old == null || p.line().size() > old.line().size() + 0.5) {
            places.put(key, p);
        }
        if (p.kind() == Kind.APPENDIX) {
            // "Section A.2" names an appendix's part too
            places.putIfAbsent(key(Kind.SECTION, p.label()), p);
        }
    }

    /** Whether a line is the first line of a caption. */
    boolean isCaption(Ln l) {
        for (Place p : captions) {
            if (p.line() == l) {
                return true;
            }
        }
        return false;
    }

    /** The place a reference names ("FIGURE", "3"), or null. */
    Place find(Kind kind, String label) {
        Place p = places.get(key(kind, label));
        if (p == null && kind == Kind.SECTION) {
            p = places.get(key(Kind.APPENDIX, label));
        }
        if (p == null && kind == Kind.APPENDIX) {
            p = places.get(key(Kind.SECTION, label));
        }
        if (p == null && (kind == Kind.FIGURE || kind == Kind.TABLE)) {
            // "Fig. 3(b)", "Figure 3a": the figure 3
            String base = label.replaceAll("(\\d)\\(?[a-z]\\)?$", "$1");
            p = places.get(key(kind, base));
        }
        return p;
    }

    /** The place at a point (a link's target), nearest first line within a line's height or so, or null. */
    Place at(int page, double x, double y) {
        Place best = null;
        double bestD = 16;
        for (List<Place> list : List.of(captions, headings, equations)) {
            for (Place p : list) {
                if (p.line().page() != page) {
                    continue;
                }
                Rect top = p.areas().isEmpty() ? p.line().box() : p.areas().get(0).box();
                if (!Double.isNaN(x) && (x < top.left() - 20 || x > top.right())) {
                    continue;
                }
                double d = Math.abs(top.top() - y);
                if (d < bestD) {
                    bestD = d;
                    best = p;
                }
            }
        }
        return best;
    }

    /** The caption nearest below a point in its column (a float's top), or null. */
    Place captionBelow(int page, double x, double y) {
        Place best = null;
        for (Place p : captions) {
            Rect box = p.line().box();
            if (p.kind() == Kind.EQUATION || p.line().page() != page || box.top() > y + 4) {
                continue;
            }
            if (!Double.isNaN(x) && (x < box.left() - 20 || x > box.right())) {
                continue;
            }
            if (best == null || box.top() > best.line().box().top()) {
                best = p;
            }
        }
        return best;
    }

    private Place caption(Kind kind, String label, List<Ln> page, int i) {
        List<Ln> block = block(page, i, 40);
        Rect cap = box(block);
        Rect region = kind == Kind.TABLE && tableBelow(page, block) ? extendDown(page, block, cap) : extendUp(page, block, cap);
        StringBuilder text = new StringBuilder();
        Ln prev = null;
        for (Ln l : block) {
            text.append(prev == null || prev.joined() ? "" : " ").append(l.text().strip());
            prev = l;
        }
        return new Place(kind, label, page.get(i), List.of(new PageArea(page.get(i).page(), region)), text.toString());
    }

    /** The piece of text on the same baseline to the left of a line's piece, or null. */
    private static Ln besideOnTheLeft(List<Ln> page, int i) {
        Ln l = page.get(i);
        Ln best = null;
        for (Ln o : page) {
            if (o != l && Math.abs(o.base() - l.base()) < 1 && o.right() < l.left() && (best == null || o.right() > best.right())) {
                best = o;
            }
        }
        return best;
    }

    private Place equation(String label, List<Ln> page, int i) {
        Ln l = page.get(i);
        Rect box = l.box();
        Ln body = besideOnTheLeft(page, i);
        if (body != null) {
            box = ReferenceParser.union(box, body.box());
        }
        // a display may run over a few lines above its number's line
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Ln a = page.get(k);
            if (a.base() - l.base() > 3 * l.height() || a.base() < l.base() || isBody(a, page) || a.right() < box.left()) {
                break;
            }
            box = ReferenceParser.union(box, a.box());
        }
        Rect padded = new Rect(box.left() - 4, box.bottom() - 4, box.right() + 4, box.top() + 4);
        String text = (body == null ? "" : body.text().strip() + " ") + l.text().strip();
        return new Place(Kind.EQUATION, label, l, List.of(new PageArea(l.page(), padded)), text);
    }

    private Place heading(List<Ln> page, int i) {
        Ln l = page.get(i);
        String t = l.text().strip();
        if (t.length() > 110 || l.size() < bodySize - 0.3 || TOC_ENTRY.matcher(t).matches()) {
            return null;
        }
        Kind kind;
        String label;
        Matcher a = APPENDIX.matcher(t);
        if (a.matches()) {
            kind = Kind.APPENDIX;
            label = a.group(1);
        } else {
            Matcher h = HEADING.matcher(t);
            if (!h.matches() || h.group(2).split("\\s+").length > 14 || t.endsWith(",")) {
                return null;
            }
            label = h.group(1);
            kind = Character.isLetter(label.charAt(0)) ? Kind.APPENDIX : Kind.SECTION;
            // a lone capital in body type is a sentence ("A method ..."), not an appendix heading
            if (kind == Kind.APPENDIX && l.size() <= bodySize + 0.3 && !label.contains(".")) {
                return null;
            }
            // in body type, "1 First we ..." followed by "2 ..." is a numbered list, not headings
            if (kind == Kind.SECTION && l.size() <= bodySize + 0.3 && label.matches("\\d+") && i + 1 < page.size()
                    && Math.abs(page.get(i + 1).left() - l.left()) < 1
                    && page.get(i + 1).text().strip().startsWith((Integer.parseInt(label) + 1) + " ")) {
                return null;
            }
        }
        Rect box = l.box();
        for (int k = i + 1; k < Math.min(page.size(), i + 4); k++) {
            Ln n = page.get(k);
            if (l.base() - n.base() > 6 * l.height() || n.base() > l.base() || Math.abs(n.left() - l.left()) > 40) {
                break;
            }
            box = ReferenceParser.union(box, n.box());
        }
        return new Place(kind, label, l, List.of(new PageArea(l.page(), box)), t);
    }

    /** The caption's lines: its first, then those that follow in the same type and column without a gap. */
    private static List<Ln> block(List<Ln> page, int i, int max) {
        List<Ln> out = new ArrayList<>();
        Ln first = page.get(i);
        out.add(first);
        for (int k = i + 1; k < page.size() && out.size() < max; k++) {
            Ln prev = out.get(out.size() - 1);
            Ln n = page.get(k);
            double gap = prev.base() - n.base();
            if (n.page() != first.page() || gap <= 0 || gap > prev.height() * 1.6 || Math.abs(n.size() - first.size()) > 0.6
                    || n.left() < first.left() - 2 || n.left() > first.left() + 20) {
                break;
            }
            out.add(n);
        }
        return out;
    }

    /** Whether a line is one of the block's (by identity: lines are records, and equal ones are one line). */
    private static boolean inBlock(List<Ln> block, Ln l) {
        for (Ln b : block) {
            if (b == l) {
                return true;
            }
        }
        return false;
    }

    private static Rect box(List<Ln> lines) {
        Rect r = lines.get(0).box();
        for (Ln l : lines) {
            r = ReferenceParser.union(r, l.box());
        }
        return r;
    }

    /**
     * A line of running text: body type, starting at one of the page's usual left edges (where at
     * least three body lines start), and about as wide as the page's body lines. Table rows and a
     * figure's labels start elsewhere or are shorter.
     */
    private boolean isBody(Ln l, List<Ln> page) {
        if (Math.abs(l.size() - bodySize) >= 0.6) {
            return false;
        }
        PageStats st = stats.computeIfAbsent(page, this::stats);
        return l.box().width() >= st.width * 0.9 && usual(st.lefts, l.box().left()) && usual(st.rights, l.box().right());
    }

    /** What a page's body lines have in common: their median width, and how many start or end at each edge. */
    private record PageStats(double width, Map<Long, Integer> lefts, Map<Long, Integer> rights) {
    }

    private final Map<List<Ln>, PageStats> stats = new java.util.IdentityHashMap<>();

    private PageStats stats(List<Ln> page) {
        List<Double> widths = new ArrayList<>();
        Map<Long, Integer> lefts = new HashMap<>();
        Map<Long, Integer> rights = new HashMap<>();
        for (Ln o : page) {
            if (Math.abs(o.size() - bodySize) < 0.6) {
                widths.add(o.box().width());
                lefts.merge(Math.round(o.box().left()), 1, Integer::sum);
                rights.merge(Math.round(o.box().right()), 1, Integer::sum);
            }
        }
        return new PageStats(ReferenceParser.median(widths.stream().mapToDouble(Double::doubleValue).toArray()), lefts, rights);
    }

    /** Whether an edge is one where many lines of the page start (or end): at least a third as many as at the commonest. */
    private static boolean usual(Map<Long, Integer> edges, double edge) {
        int max = 0;
        int here = 0;
        for (Map.Entry<Long, Integer> e : edges.entrySet()) {
            max = Math.max(max, e.getValue());
            if (Math.abs(e.getKey() - edge) <= 1.5) {
                here += e.getValue();
            }
        }
        return here >= 3 && here * 3 >= max;
    }

    /** The column a block stands in: its left edge, and the right edge of the widest line starting there. */
    private static Rect column(List<Ln> page, Rect block) {
        double right = block.right();
        for (Ln l : page) {
            if (Math.abs(l.box().left() - block.left()) < 2 && l.box().right() > right && l.box().right() - block.left() < 2 * block.width() + 40) {
                right = l.box().right();
            }
        }
        return new Rect(block.left(), block.bottom(), right, block.top());
    }

    private static boolean isCaptionOfSize(Ln l, double size) {
        return Math.abs(l.size() - size) < 0.6 && CAPTION.matcher(l.text().strip()).find();
    }

    private static boolean overlaps(Rect a, Rect b) {
        double o = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
        return o > Math.min(a.width(), b.width()) * 0.3;
    }

    /**
     * Whether the table stands under its caption: the line right above the caption is running
     * text (or there is none close), and the line right under it is not.
     */
    private boolean tableBelow(List<Ln> page, List<Ln> block) {
        Rect cap = box(block);
        Ln first = block.get(0);
        Ln last = block.get(block.size() - 1);
        Ln above = null;
        Ln below = null;
        for (Ln l : page) {
            if (inBlock(block, l) || !overlaps(l.box(), cap)) {
                continue;
            }
            if (l.base() > first.base() && l.base() - first.base() < 3 * first.height() && (above == null || l.base() < above.base())) {
                above = l;
            }
            if (l.base() < last.base() && last.base() - l.base() < 3 * last.height() && (below == null || l.base() > below.base())) {
                below = l;
            }
        }
        return (above == null || isBody(above, page)) && below != null && !isBody(below, page);
    }

    /** The figure above its caption: up to the nearest body line above in its column, or the top of the page's text. */
    private Rect extendUp(List<Ln> page, List<Ln> block, Rect cap) {
        double size = block.get(0).size();
        double limit = Double.MAX_VALUE;
        double top = cap.top();
        for (int i = 0; i < page.size(); i++) {
            Ln l = page.get(i);
            if (inBlock(block, l) || l.box().bottom() < cap.top() || !overlaps(l.box(), cap)) {
                continue;
            }
            if (isBody(l, page)) {
                limit = Math.min(limit, l.box().bottom());
            } else if (isCaptionOfSize(l, size)) {
                // another figure's caption above: stop under its last line
                limit = Math.min(limit, box(block(page, i, 40)).bottom());
            }
        }
        for (Ln l : page) {
            if (l.box().bottom() >= cap.top() && l.box().top() <= limit && overlaps(l.box(), cap)) {
                top = Math.max(top, l.box().top());
            }
        }
        if (limit == Double.MAX_VALUE) {
            // nothing above in the column but the figure: up to the top of the page's text
            for (Ln l : page) {
                top = Math.max(top, l.box().top());
            }
        } else {
            top = Math.max(top, limit - 2);
        }
        return new Rect(cap.left() - 2, cap.bottom() - 2, cap.right() + 2, top + 2);
    }

    /** The table under its caption: down to the next body line or caption in its column. */
    private Rect extendDown(List<Ln> page, List<Ln> block, Rect cap) {
        double size = block.get(0).size();
        double bottom = cap.bottom();
        double limit = -Double.MAX_VALUE;
        for (Ln l : page) {
            if (inBlock(block, l) || l.box().top() > cap.bottom() || !overlaps(l.box(), cap)) {
                continue;
            }
            if (isBody(l, page) || isCaptionOfSize(l, size)) {
                limit = Math.max(limit, l.box().top());
            }
        }
        for (Ln l : page) {
            if (l.box().top() <= cap.bottom() && l.box().bottom() >= limit && overlaps(l.box(), cap)) {
                bottom = Math.min(bottom, l.box().bottom());
            }
        }
        return new Rect(cap.left() - 2, bottom - 2, cap.right() + 2, cap.top() + 2);
    }
}
