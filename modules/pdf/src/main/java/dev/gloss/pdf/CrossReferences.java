package dev.gloss.pdf;

import dev.gloss.pdf.Citation.Kind;
import dev.gloss.pdf.Citation.Source;
import dev.gloss.pdf.DocLines.Ln;
import dev.gloss.workspace.Rect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * A paper read as a paper: its reference list as entries, and on every page the citations and
 * the references to figures, tables, equations, sections and appendices, each with where it
 * leads. Link annotations are used where the PDF has them; where it has none the same markers
 * are found in the text and resolved by text, so a paper without links reads the same.
 *
 * <pre>{@code
 * CrossReferences x = CrossReferences.read(pdf);           // reads every page's text: off the UI thread
 * for (Citation c : x.citations(3)) {
 *     if (c.resolved() && c.kind() == Citation.Kind.REFERENCE) {
 *         System.out.println(c.text() + " -> " + c.target().reference().title());
 *     }
 * }
 * }</pre>
 * Thread-safe once read; per page results are computed on first use and kept.
 */
public final class CrossReferences {
    private static final Pattern BRACKET_MARKER = Pattern.compile("\\[(\\d{1,3}(?:\\s*[,;–-]\\s*\\d{1,3})*)\\]");
    private static final Pattern PAREN_MARKER = Pattern.compile("\\((\\d{1,3}(?:\\s*[,;–-]\\s*\\d{1,3})*)\\)(?!\\n)");
    private static final Pattern LABEL = Pattern.compile("(" + TargetIndex.NUMBER + "|[IVXLC]{1,6})");
    private final PdfDocument pdf;
    private final List<List<Ln>> pages;
    private final List<Reference> references;
    private final ReferenceParser.Parsed parsed;
    private final TargetIndex targets;
    private final MarkerFinder finder;
    private final ConcurrentHashMap<Integer, List<Citation>> text = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, List<Citation>> merged = new ConcurrentHashMap<>();

    private CrossReferences(PdfDocument pdf, List<List<Ln>> pages, ReferenceParser.Parsed parsed, List<Reference> references,
            List<MarkerFinder.Entry> entries) throws PdfException {
        this.pdf = pdf;
        this.pages = pages;
        this.parsed = parsed;
        this.references = List.copyOf(references);
        this.targets = new TargetIndex(pages);
        boolean[] style = numericStyle(pdf, parsed, entries.size());
        this.finder = new MarkerFinder(entries, parsed.style(), targets, style[0], style[1]);
    }

    /** Reads the paper: every page's text (the slow part), the reference list, captions and headings. */
    public static CrossReferences read(PdfDocument pdf) throws PdfException {
        return read(pdf, () -> false);
    }

    /**
     * Reads the paper, checking {@code cancelled} between pages.
     *
     * @throws CancellationException when cancelled
     */
    public static CrossReferences read(PdfDocument pdf, BooleanSupplier cancelled) throws PdfException {
        List<List<Ln>> pages = new ArrayList<>();
        List<Ln> all = new ArrayList<>();
        for (int p = 1; p <= pdf.pageCount(); p++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            List<Ln> lines = DocLines.of(pdf.text(p));
            pages.add(lines);
            all.addAll(lines);
        }
        ReferenceParser.Parsed parsed = ReferenceParser.parse(all);
        List<Reference> refs = new ArrayList<>();
        List<MarkerFinder.Entry> entries = new ArrayList<>();
        java.util.Map<Integer, List<PdfLink>> links = new java.util.HashMap<>();
        int n = 1;
        for (ReferenceParser.Raw raw : parsed.entries()) {
            ReferenceFields.Fields f = ReferenceFields.read(raw.text());
            String arxiv = f.arxivId();
            String doi = f.doi();
            String url = null;
            for (PdfLink link : linksIn(pdf, raw.areas(), links)) {
                String u = link.uri();
                if (doi == null && ReferenceFields.doi(u) != null && u.toLowerCase(Locale.ROOT).contains("doi")) {
                    doi = ReferenceFields.doi(u);
                }
                if (arxiv == null && u.toLowerCase(Locale.ROOT).contains("arxiv.org/")) {
                    arxiv = ReferenceFields.arxiv(u);
                }
                if (url == null && !u.startsWith("mailto:")) {
                    url = u;
                }
            }
            if (url == null) {
                url = f.url();
            }
            String label = raw.label() != null ? raw.label() : ReferenceFields.citeLabel(f.authors(), f.etAl(), f.year());
            Reference r = new Reference(n++, label, raw.text(), f.authors(), f.title(), f.year(), arxiv, doi, url, raw.areas());
            refs.add(r);
            entries.add(MarkerFinder.entry(r, f.etAl(), f.named()));
        }
        return new CrossReferences(pdf, pages, parsed, refs, entries);
    }

    /** The web links whose box's middle lies in one of the areas ({@code read}: the pages' links read so far). */
    private static List<PdfLink> linksIn(PdfDocument pdf, List<PageArea> areas, java.util.Map<Integer, List<PdfLink>> read) {
        List<PdfLink> out = new ArrayList<>();
        for (PageArea a : areas) {
            for (PdfLink l : read.computeIfAbsent(a.page(), pdf::links)) {
                Rect r = l.area();
                if (l.external() && a.contains(a.page(), (r.left() + r.right()) / 2, (r.bottom() + r.top()) / 2, 1)) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    /**
     * How the numeric citations are written: {parentheses, superscripts}. "(8)" counts only when
     * such markers clearly outnumber bracketed ones; superscripts only for a list numbered without
     * brackets and a text without bracketed or parenthesized markers.
     */
    private static boolean[] numericStyle(PdfDocument pdf, ReferenceParser.Parsed parsed, int entries) throws PdfException {
        if (parsed.style() == ReferenceParser.Style.NONE || entries == 0) {
            return new boolean[] {false, false};
        }
        int brackets = 0;
        int parens = 0;
        for (int p = 1; p <= pdf.pageCount(); p++) {
            String t = pdf.text(p).text();
            brackets += count(BRACKET_MARKER, t, entries);
            parens += count(PAREN_MARKER, t, entries);
        }
        if (parsed.style() == ReferenceParser.Style.BRACKET) {
            brackets -= entries; // the list's own labels
        }
        boolean parenStyle = parens >= 3 && parens > 2 * Math.max(0, brackets);
        boolean superscript = parsed.style() != ReferenceParser.Style.BRACKET && brackets < 3 && parens < 3;
        return new boolean[] {parenStyle, superscript};
    }

    private static int count(Pattern p, String text, int entries) {
        int n = 0;
        var m = p.matcher(text);
        while (m.find()) {
            boolean ok = true;
            for (String tok : m.group(1).split("[,;–-]")) {
                int v = Integer.parseInt(tok.strip());
                ok &= v >= 1 && v <= entries;
            }
            n += ok ? 1 : 0;
        }
        return n;
    }

    /** The reference list's entries in print order; empty when the paper has none (or it was not recognized). */
    public List<Reference> references() {
        return references;
    }

    /** The document these were read from. */
    public PdfDocument document() {
        return pdf;
    }

    /**
     * The markers of a page, as a reader shows them: each link annotation that leads inside the
     * paper (with what is there), then the markers found in the text that no link covers.
     */
    public List<Citation> citations(int page) throws PdfException {
        List<Citation> c = merged.get(page);
        if (c != null) {
            return c;
        }
        List<Citation> out = new ArrayList<>(linkCitations(page));
        for (Citation t : textCitations(page)) {
            boolean covered = false;
            for (Citation l : out) {
                if (l.source() == Source.LINK && intersects(l.area(), t.area())) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                out.add(t);
            }
        }
        c = List.copyOf(out);
        merged.put(page, c);
        return c;
    }

    /** The markers found in a page's text and resolved by text alone, links ignored. */
    public List<Citation> textCitations(int page) throws PdfException {
        List<Citation> c = text.get(page);
        if (c != null) {
            return c;
        }
        PageText t = pdf.text(page);
        List<Rect> skip = new ArrayList<>();
        for (Reference r : references) {
            for (PageArea a : r.areas()) {
                if (a.page() == page) {
                    skip.add(a.box());
                }
            }
        }
        Set<Integer> captionStarts = new HashSet<>();
        for (Ln l : pages.get(page - 1)) {
            if (targets.isCaption(l)) {
                captionStarts.add(l.start());
            }
        }
        c = List.copyOf(finder.find(t, skip, captionStarts));
        text.put(page, c);
        return c;
    }

    /** The page's internal links as citations, each with what stands at its target. */
    public List<Citation> linkCitations(int page) throws PdfException {
        List<Citation> out = new ArrayList<>();
        PageText t = null;
        for (PdfLink l : pdf.links(page)) {
            if (l.external()) {
                continue;
            }
            if (t == null) {
                t = pdf.text(page);
            }
            CitationTarget target = targetOf(l);
            String printed = textUnder(t, l.area());
            String label = target.reference() != null ? target.reference().label() : labelOf(target, printed);
            out.add(new Citation(page, l.area(), printed, target.kind(), label, Source.LINK, target));
        }
        return out;
    }

    private static String labelOf(CitationTarget target, String printed) {
        if (target.kind() == Kind.PLACE || target.text() == null) {
            return printed;
        }
        java.util.regex.Matcher m = LABEL.matcher(target.text());
        return m.find() ? m.group(1) : printed;
    }

    /** The words whose middle lies in a box, joined. */
    private static String textUnder(PageText t, Rect area) {
        StringBuilder sb = new StringBuilder();
        for (Word w : t.words()) {
            Rect b = w.box();
            double cx = (b.left() + b.right()) / 2;
            double cy = (b.bottom() + b.top()) / 2;
            if (cx >= area.left() && cx <= area.right() && cy >= area.bottom() && cy <= area.top()) {
                sb.append(sb.length() == 0 ? "" : " ").append(w.text());
            }
        }
        return sb.toString();
    }

    /**
     * Where an internal link leads: the reference entry, caption, heading or equation at its
     * target, else just the place (with the stretch of the page under it for a preview).
     */
    public CitationTarget targetOf(PdfLink link) {
        int page = link.targetPage();
        double top = link.targetTop();
        double left = link.targetLeft();
        String name = link.destination() == null ? "" : link.destination().toLowerCase(Locale.ROOT);
        if (Double.isNaN(top)) {
            return place(page, top, left);
        }
        Reference r = entryAt(page, left, top);
        if (r != null) {
            return MarkerFinder.referenceTarget(r);
        }
        if (name.startsWith("cite.")) {
            return place(page, top, left);
        }
        if (name.startsWith("figure") || name.startsWith("table") || name.startsWith("subfigure")) {
            TargetIndex.Place cap = targets.captionBelow(page, left, top);
            if (cap != null && top - cap.line().box().top() < 600) {
                return floatTarget(cap, top);
            }
        }
        TargetIndex.Place p = targets.at(page, left, top);
        if (p != null) {
            return p.target();
        }
        if (name.isEmpty() || name.startsWith("pax")) {
            TargetIndex.Place cap = targets.captionBelow(page, left, top);
            if (cap != null && top - cap.line().box().top() < 400) {
                return floatTarget(cap, top);
            }
        }
        return place(page, top, left);
    }

    /** A figure or table from the float's top (the link's target) down to its caption's end. */
    private static CitationTarget floatTarget(TargetIndex.Place cap, double top) {
        Rect region = cap.areas().get(0).box();
        Rect capLine = cap.line().box();
        Rect r = new Rect(region.left(), Math.min(region.bottom(), capLine.bottom()), region.right(), Math.max(Math.min(top, region.top() + 400), capLine.top()));
        return new CitationTarget(cap.kind(), cap.line().page(), r.top(), List.of(new PageArea(cap.line().page(), r)), null, cap.text());
    }

    /** A place with the stretch of its column under it: what a link to something unrecognized shows. */
    private CitationTarget place(int page, double top, double left) {
        List<Ln> lines = pages.get(page - 1);
        if (lines.isEmpty()) {
            return new CitationTarget(Kind.PLACE, page, top, List.of(), null, null);
        }
        double x0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (Ln l : lines) {
            if (!Double.isNaN(left) && (l.box().right() < left || l.box().left() > left + 40)) {
                continue;
            }
            x0 = Math.min(x0, l.box().left());
            x1 = Math.max(x1, l.box().right());
            y1 = Math.max(y1, l.box().top());
        }
        if (x0 > x1) {
            return new CitationTarget(Kind.PLACE, page, top, List.of(), null, null);
        }
        double t = Double.isNaN(top) ? y1 : Math.min(top, y1 + 2);
        StringBuilder text = new StringBuilder();
        Rect box = new Rect(x0 - 2, t - 150, x1 + 2, t);
        for (Ln l : lines) {
            if (l.box().top() <= t + 1 && l.box().bottom() >= t - 150 && l.box().left() >= x0 - 1 && l.box().right() <= x1 + 1) {
                text.append(text.length() == 0 ? "" : " ").append(l.text().strip());
                if (text.length() > 300) {
                    break;
                }
            }
        }
        return new CitationTarget(Kind.PLACE, page, top, List.of(new PageArea(page, box)), null, text.length() == 0 ? null : text.toString());
    }

    /**
     * The entry whose first line stands at a point (where a citation link's target is): on that
     * page, in the column of {@code left} when it is known, the nearest first line within about a
     * line and a half; null when no entry starts there.
     */
    public Reference entryAt(int page, double left, double top) {
        Reference best = null;
        double bestD = Double.MAX_VALUE;
        for (Reference r : references) {
            PageArea first = r.areas().get(0);
            if (first.page() != page) {
                continue;
            }
            Rect box = first.box();
            if (!Double.isNaN(left) && (left < box.left() - 20 || left > box.right())) {
                continue;
            }
            double lineHeight = firstLineHeight(r);
            double d = Math.abs(box.top() - top);
            if (d <= Math.max(14, 1.6 * lineHeight) && d < bestD) {
                bestD = d;
                best = r;
            }
        }
        return best;
    }

    private double firstLineHeight(Reference r) {
        return parsed.entries().get(r.number() - 1).lines().get(0).height();
    }

    private static boolean intersects(Rect a, Rect b) {
        return a.left() < b.right() && b.left() < a.right() && a.bottom() < b.top() && b.bottom() < a.top();
    }
}
