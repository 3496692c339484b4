package dev.gloss.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Collects the glyphs of one page through PDFBox's text stripper (which already drops
 * duplicated "fake bold" glyphs and merges diacritics) and hands them to {@link TextLayout}
 * instead of PDFBox's own line building.
 */
final class GlyphCollector extends PDFTextStripper {
    private final Map<PDFont, double[]> fontExtents = new IdentityHashMap<>();
    private PDFont lastFont;
    private double[] lastExtents;
    private final List<TextPosition> positions = new ArrayList<>();
    private final PointGrid seen = new PointGrid();
    private List<Glyph> glyphs = List.of();
    /** The one page {@link #collect} reads, while it runs. */
    private PDPage only;
    private double cropX;
    private double cropY;

    GlyphCollector() {
        setSortByPosition(false);
        setShouldSeparateByBeads(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The glyphs of page {@code index} (from 0), in content-stream order. */
    List<Glyph> collect(PDDocument doc, int index) throws IOException {
        PDPage page = doc.getPage(index);
        PDRectangle crop = page.getCropBox();
        cropX = crop.getLowerLeftX();
        cropY = crop.getLowerLeftY();
        glyphs = new ArrayList<>();
        only = page;
        setStartPage(1);
        setEndPage(1);
        try {
            writeText(doc, new StringWriter());
        } finally {
            only = null;
        }
        List<Glyph> out = glyphs;
        glyphs = List.of();
        positions.clear();
        seen.clear();
        return out;
    }

    /**
     * Only the page asked for: PDFTextStripper walks every page of the document to reach the one
     * in its range, which made each page of a 200,000-page file cost a walk of them all.
     */
    @Override
    protected void processPages(PDPageTree pages) throws IOException {
        if (only == null) {
            super.processPages(pages);
        } else if (only.hasContents()) {
            processPage(only);
        }
    }

    /** The page's content, and below that of its forms, reaches the parser without graphics-only operators. */
    @Override
    public void processPage(PDPage page) throws IOException {
        super.processPage(new TextOnlyPage(page));
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        super.showForm(new TextOnlyForm(form));
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
        super.showTransparencyGroup(new TextOnlyGroup(group));
    }

    /** The same page (its dictionary and resources) whose content stream reads through {@link TextOnlyContent}. */
    private static final class TextOnlyPage extends PDPage {
        private final PDPage page;

        TextOnlyPage(PDPage page) {
            super(page.getCOSObject());
            this.page = page;
        }

        @Override
        public PDResources getResources() {
            return page.getResources(); // the original's, which caches fonts in the document's resource cache
        }

        @Override
        public RandomAccessRead getContentsForStreamParsing() throws IOException {
            return TextOnlyContent.of(page.getContentsForStreamParsing());
        }

        /** The stripper asks the crop box's width and height for every glyph; read them from the array once. */
        @Override
        public PDRectangle getCropBox() {
            return new ReadOnceRectangle(page.getCropBox());
        }
    }

    /** A rectangle whose corners and size are read once: the same floats, without a COSArray look-up each time. */
    private static final class ReadOnceRectangle extends PDRectangle {
        private final float lowerLeftX;
        private final float lowerLeftY;
        private final float upperRightX;
        private final float upperRightY;
        private final float width;
        private final float height;

        ReadOnceRectangle(PDRectangle r) {
            super(r.getCOSArray());
            lowerLeftX = r.getLowerLeftX();
            lowerLeftY = r.getLowerLeftY();
            upperRightX = r.getUpperRightX();
            upperRightY = r.getUpperRightY();
            width = r.getWidth();
            height = r.getHeight();
        }

        @Override
        public float getLowerLeftX() {
            return lowerLeftX;
        }

        @Override
        public float getLowerLeftY() {
            return lowerLeftY;
        }

        @Override
        public float getUpperRightX() {
            return upperRightX;
        }

        @Override
        public float getUpperRightY() {
            return upperRightY;
        }

        @Override
        public float getWidth() {
            return width;
        }

        @Override
        public float getHeight() {
            return height;
        }
    }

    private static final class TextOnlyForm extends PDFormXObject {
        private final PDFormXObject form;

        TextOnlyForm(PDFormXObject form) {
            super(form.getCOSObject(), null);
            this.form = form;
        }

        @Override
        public PDResources getResources() {
            return form.getResources();
        }

        @Override
        public RandomAccessRead getContentsForStreamParsing() throws IOException {
            return TextOnlyContent.of(form.getContentsForStreamParsing());
        }
    }

    private static final class TextOnlyGroup extends PDTransparencyGroup {
        private final PDTransparencyGroup group;

        TextOnlyGroup(PDTransparencyGroup group) {
            super(group.getCOSObject(), null);
            this.group = group;
        }

        @Override
        public PDResources getResources() {
            return group.getResources();
        }

        @Override
        public RandomAccessRead getContentsForStreamParsing() throws IOException {
            return TextOnlyContent.of(group.getContentsForStreamParsing());
        }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        positions.clear();
        seen.clear();
        super.startPage(page);
    }

    /**
     * Collects each glyph, instead of PDFBox's own bookkeeping (a tree map per page, slow on
     * long pages): drops a glyph that repeats the same character at nearly the same place
     * ("fake bold" is drawn two or three times) and merges a separately drawn accent into its
     * letter.
     */
    @Override
    protected void processTextPosition(TextPosition tp) {
        String u = tp.getUnicode();
        if (u == null || u.isEmpty()) {
            return;
        }
        if (isDuplicate(tp, u)) {
            return;
        }
        if (!positions.isEmpty()) {
            TextPosition last = positions.get(positions.size() - 1);
            if (tp.isDiacritic() && overlaps(last, tp)) {
                last.mergeDiacritic(tp);
                return;
            }
            if (last.isDiacritic() && overlaps(tp, last)) {
                // the accent was drawn first: put the letter in its place and merge the accent into it
                positions.set(positions.size() - 1, tp);
                tp.mergeDiacritic(last);
                return;
            }
        }
        positions.add(tp);
    }

    private boolean isDuplicate(TextPosition tp, String u) {
        float tol = Math.max(0.3f, tp.getWidth() / Math.max(1, u.length()) / 3f);
        float x = tp.getX();
        float y = tp.getY();
        // cells twice the tolerance wide: a glyph within it of (x, y) lies in this cell or in the
        // neighbour on the nearer side, along each axis, so four cells are looked at, not nine
        double gx = x / (2.0 * tol);
        double gy = y / (2.0 * tol);
        long cx = (long) Math.floor(gx);
        long cy = (long) Math.floor(gy);
        long nx = gx - cx < 0.5 ? cx - 1 : cx + 1;
        long ny = gy - cy < 0.5 ? cy - 1 : cy + 1;
        if (seenAt(cx, cy, x, y, tol, u) || seenAt(nx, cy, x, y, tol, u) || seenAt(cx, ny, x, y, tol, u)
                || seenAt(nx, ny, x, y, tol, u)) {
            return true;
        }
        seen.add(cell(cx, cy), tp);
        return false;
    }

    private boolean seenAt(long cx, long cy, float x, float y, float tol, String u) {
        for (int e = seen.first(cell(cx, cy)); e >= 0; e = seen.next(e)) {
            TextPosition o = seen.at(e);
            if (Math.abs(o.getX() - x) < tol && Math.abs(o.getY() - y) < tol && u.equals(o.getUnicode())) {
                return true;
            }
        }
        return false;
    }

    private static long cell(long cx, long cy) {
        return cx * 1_000_003L + cy;
    }

    /**
     * The glyphs of a page by grid cell, for the duplicate check: an open-addressing table of
     * cell keys, each the head of a chain of entries (four look-ups a glyph, without boxing).
     */
    private static final class PointGrid {
        private long[] keys = new long[1024];
        private int[] heads = new int[1024];
        private boolean[] used = new boolean[1024];
        private TextPosition[] items = new TextPosition[1024];
        private int[] next = new int[1024];
        private int cells;
        private int count;

        void clear() {
            java.util.Arrays.fill(used, false);
            java.util.Arrays.fill(items, 0, count, null);
            cells = 0;
            count = 0;
        }

        int first(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); used[i]; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return heads[i];
                }
            }
            return -1;
        }

        int next(int entry) {
            return next[entry];
        }

        TextPosition at(int entry) {
            return items[entry];
        }

        void add(long key, TextPosition tp) {
            if (count == items.length) {
                items = java.util.Arrays.copyOf(items, count * 2);
                next = java.util.Arrays.copyOf(next, count * 2);
            }
            if (2 * (cells + 1) > keys.length) {
                rehash();
            }
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (used[i] && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (!used[i]) {
                used[i] = true;
                keys[i] = key;
                heads[i] = -1;
                cells++;
            }
            items[count] = tp;
            next[count] = heads[i];
            heads[i] = count++;
        }

        private void rehash() {
            long[] oldKeys = keys;
            int[] oldHeads = heads;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            heads = new int[keys.length];
            used = new boolean[keys.length];
            int mask = keys.length - 1;
            for (int o = 0; o < oldKeys.length; o++) {
                if (oldUsed[o]) {
                    int i = slot(oldKeys[o], mask);
                    while (used[i]) {
                        i = (i + 1) & mask;
                    }
                    used[i] = true;
                    keys[i] = oldKeys[o];
                    heads[i] = oldHeads[o];
                }
            }
        }

        private static int slot(long key, int mask) {
            return (int) (GlyphMasks.mix(key) & mask);
        }
    }

    private static boolean overlaps(TextPosition base, TextPosition mark) {
        float b0 = base.getXDirAdj();
        float b1 = b0 + base.getWidthDirAdj();
        float m0 = mark.getXDirAdj();
        float m1 = m0 + mark.getWidthDirAdj();
        return m0 < b1 && m1 > b0 && Math.abs(base.getYDirAdj() - mark.getYDirAdj()) < Math.max(base.getHeightDir(), 1) * 2;
    }

    @Override
    protected void writePage() {
        for (TextPosition tp : positions) {
            Glyph g = toGlyph(tp);
            if (g != null) {
                glyphs.add(g);
            }
        }
    }

    private Glyph toGlyph(TextPosition tp) {
        String text = clean(tp.getUnicode());
        if (text.isEmpty()) {
            return null;
        }
        Matrix m = tp.getTextMatrix();
        double[] extents = extents(tp.getFont());
        // the rendering matrix's y column is the font size in user space; a Type 3 font's own
        // matrix may scale glyph space differently from the usual 1/1000
        double size = length(m.getValue(1, 0), m.getValue(1, 1)) * extents[2];
        if (!(size > 0.01) || size > 5000) {
            return null;
        }
        // TextPosition holds positions relative to the crop box; page space is absolute
        double x = m.getTranslateX() + cropX;
        double y = m.getTranslateY() + cropY;
        double ex = tp.getEndX() + cropX - x;
        double ey = tp.getEndY() + cropY - y;
        double advance = length(ex, ey);
        double dx;
        double dy;
        if (advance > 1e-6) {
            dx = ex / advance;
            dy = ey / advance;
        } else {
            double a = m.getValue(0, 0);
            double b = m.getValue(0, 1);
            double n = length(a, b);
            if (n < 1e-9) {
                return null;
            }
            dx = a / n;
            dy = b / n;
            advance = 0;
        }
        double space = tp.getWidthOfSpace();
        if (!(space > 0) || space > size * 2) {
            space = 0;
        }
        return new Glyph(text, x, y, dx, dy, advance, size, extents[0] * size, extents[1] * size, space);
    }

    /** sqrt(a² + b²): Math.hypot guards against overflow no glyph needs, at several times the cost. */
    private static double length(double a, double b) {
        return Math.sqrt(a * a + b * b);
    }

    /** Ascent, descent (fractions of the font size) and the glyph-space scale factor. */
    private double[] extents(PDFont font) {
        if (font == lastFont) {
            return lastExtents; // runs of glyphs share a font
        }
        lastFont = font;
        lastExtents = fontExtents.computeIfAbsent(font, f -> {
            double ascent = 0.75;
            double descent = 0.22;
            double scale = 1;
            if (f instanceof PDType3Font t3) {
                Matrix fm = t3.getFontMatrix();
                double s = Math.abs(fm.getScaleY());
                if (s > 1e-9 && s < 1e3) {
                    scale = s / 0.001;
                }
            } else {
                PDFontDescriptor d = f.getFontDescriptor();
                if (d != null) {
                    double a = d.getAscent() / 1000.0;
                    double de = -d.getDescent() / 1000.0;
                    if (a >= 0.5 && a <= 1.1) {
                        ascent = a;
                    }
                    if (de >= 0.05 && de <= 0.4) {
                        descent = de;
                    }
                }
            }
            return new double[] {ascent, descent, scale};
        });
        return lastExtents;
    }

    private static boolean isPrintableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /** Expands ligatures and drops control characters. */
    static String clean(String unicode) {
        if (unicode == null || unicode.isEmpty()) {
            return "";
        }
        if (isPrintableAscii(unicode)) {
            return unicode; // nearly every glyph: nothing to expand, drop or normalize
        }
        StringBuilder sb = new StringBuilder(unicode.length());
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') {
                sb.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else if (c == '\t' || c == '\n' || c == '\r' || c == '\u00A0') {
                sb.append(' ');
            } else if (!Character.isISOControl(c) && c != '\uFFFD' && c != '\uFEFF') {
                sb.append(c);
            }
        }
        for (int i = 0; i < sb.length(); i++) {
            if (sb.charAt(i) >= '\u0300') {
                return Normalizer.normalize(sb, Normalizer.Form.NFC);
            }
        }
        return sb.toString();
    }
}
