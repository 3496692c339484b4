package dev.gloss.desktop.annotations;

import dev.gloss.desktop.core.text.EmojiText;
import dev.gloss.desktop.core.AnnotationColors;
import dev.gloss.workspace.Annotation;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.TableCellRenderer;
import org.openide.util.NbBundle;

/**
 * Paints one row of the annotation view directly (no child components, so 10,000 rows cost
 * nothing to lay out): paper headers with a disclosure triangle and a count, page or colour
 * headers, and annotations as a colour bar, the quote, the note, tags and an "orphaned" badge.
 */
@NbBundle.Messages({
    "# {0} - page",
    "LBL_Page=Page {0}",
    "# {0} - page",
    "LBL_PageShort=p. {0}",
    "LBL_Orphaned=orphaned",
    "# {0} - time",
    "LBL_Today=Today {0}",
    "LBL_TypeNote=Note",
    "LBL_TypeClip=Clipped area",
    "LBL_TypeInk=Ink drawing",
    "LBL_TypeFreeText=Text box",
    "LBL_TypeMark=Mark"
})
final class RowRenderer extends JComponent implements TableCellRenderer {
    static final int PAD = 10;
    private static final int BAR = 4;
    private Row row;
    private boolean selected;
    private boolean focused;
    private boolean showDates;

    RowRenderer() {
        setOpaque(true);
    }

    /** Whether annotation lines show their date (when the view is sorted by date). */
    void setShowDates(boolean show) {
        showDates = show;
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected, boolean hasFocus,
            int r, int c) {
        row = (Row) value;
        selected = isSelected;
        focused = table.isFocusOwner();
        setFont(table.getFont());
        return this;
    }

    /** Left edge of an annotation's text. */
    private static final int TEXT_X = PAD + 2 + BAR + 8;

    /** Font measurements for computing many row heights at once (fonts derived once, not per row). */
    static final class Metrics {
        final FontMetrics fm;
        final FontMetrics small;
        final int width;
        private final int minAdvance;
        private final float typicalAdvance;
        private final int quoteMarks;

        private final LineCache cache;

        Metrics(JComponent c, Font font, int width) {
            this(c, font, width, null);
        }

        /** Metrics that remember each annotation's quote line count in {@code cache} (for this font and width). */
        Metrics(JComponent c, Font font, int width, LineCache cache) {
            this.cache = cache;
            if (cache != null) {
                cache.use(font, width);
            }
            fm = c.getFontMetrics(font);
            small = c.getFontMetrics(small(font));
            this.width = width;
            int min = Integer.MAX_VALUE;
            for (char ch : " .,;:'!|ijlI()[]".toCharArray()) {
                min = Math.min(min, fm.charWidth(ch));
            }
            minAdvance = Math.max(1, min);
            // the width of an average character of running English text, for guesses only
            typicalAdvance = fm.stringWidth("the quick brown fox jumps over a lazy dog") / 41f;
            quoteMarks = fm.charWidth('\u201C') + fm.charWidth('\u201D');
        }

        /** The quote's line count when it is known without measuring (measured before at this font and width, or blank), else -1. */
        int knownQuoteLines(Annotation a) {
            if (cache != null) {
                Integer known = cache.lines.get(a);
                if (known != null) {
                    return known;
                }
            }
            String q = a.exact();
            return q.isBlank() ? 1 : -1;
        }

        /** A guess at the quote's line count from its length alone (for rows not measured yet). */
        int guessQuoteLines(Annotation a) {
            return a.exact().length() * typicalAdvance + quoteMarks > width - TEXT_X - PAD ? 2 : 1;
        }

        /** How many lines (1 or 2) the quote of {@code a} takes. */
        int quoteLines(Annotation a) {
            if (cache == null) {
                return measure(a);
            }
            Integer known = cache.lines.get(a);
            if (known != null) {
                return known;
            }
            int n = measure(a);
            cache.lines.put(a, n);
            return n;
        }

        private int measure(Annotation a) {
            String q = a.exact();
            if (q.isBlank()) {
                return 1;
            }
            int avail = width - TEXT_X - PAD;
            // every character is at least minAdvance wide: a long quote needs no measuring
            if (Text.oneLineLength(q) * minAdvance + quoteMarks > avail) {
                return 2;
            }
            return fm.stringWidth(Text.oneLine(q)) + quoteMarks > avail ? 2 : 1;
        }
    }


    /**
     * Quote line counts already measured, by annotation (identity: annotations are immutable
     * values, and a changed one is a new object), valid for one font and width.
     */
    static final class LineCache {
        private final Map<Annotation, Integer> lines = new IdentityHashMap<>();
        private Font font;
        private int width = -1;

        /** Forgets everything when the font or the width changes. */
        void use(Font f, int w) {
            if (w != width || !java.util.Objects.equals(f, font)) {
                lines.clear();
                font = f;
                width = w;
            }
        }

        /** Forgets everything once it holds more than {@code max} (annotations deleted or replaced since). */
        void retainAtMost(int max) {
            if (lines.size() > max) {
                lines.clear();
            }
        }

        int size() {
            return lines.size();
        }
    }

    /** The height of a row (for an annotation: one or two quote lines, a note line, a meta line). */
    static int heightOf(Row row, Metrics m, boolean showDates) {
        return heightOf(row, m, showDates, 0);
    }

    /** The height of a row whose quote takes {@code quoteLines} lines (0: measure them). */
    static int heightOf(Row row, Metrics m, boolean showDates, int quoteLines) {
        if (row instanceof Row.PaperRow) {
            return m.fm.getHeight() + 14;
        }
        if (row instanceof Row.GroupRow) {
            return m.small.getHeight() + 10;
        }
        Row.AnnotationRow a = (Row.AnnotationRow) row;
        int lines = quoteLines > 0 ? quoteLines : m.quoteLines(a.annotation());
        int h = 7 + m.fm.getHeight() * lines + 7;
        if (hasNote(a.annotation())) {
            h += m.fm.getHeight();
        }
        if (hasMeta(a, showDates)) {
            h += m.small.getHeight() + 3;
        }
        return h;
    }

    /** The quote in the lines {@link Metrics#quoteLines} gives it, or the kind of mark for marks without text. */
    static List<String> quoteLines(Annotation a, Metrics m) {
        String quote = Text.oneLine(a.exact());
        int avail = m.width - TEXT_X - PAD;
        if (quote.isEmpty()) {
            return List.of(Text.ellipsize(typeLabel(a), m.fm, avail));
        }
        String quoted = "\u201C" + quote + "\u201D";
        return m.quoteLines(a) == 1 ? List.of(Text.ellipsize(quoted, m.fm, avail)) : Text.wrap(quoted, m.fm, avail, 2);
    }

    private static boolean hasNote(Annotation a) {
        return a.note() != null && !a.note().isBlank();
    }

    private static boolean hasMeta(Row.AnnotationRow a, boolean showDates) {
        return !a.annotation().tags().isEmpty() || a.showPage() || showDates || a.orphaned();
    }

    static Font small(Font f) {
        return f.deriveFont(Math.max(9f, f.getSize2D() - 1.5f));
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_LCD_HRGB);
            Object desktopHints = getToolkit().getDesktopProperty("awt.font.desktophints");
            if (desktopHints instanceof java.util.Map<?, ?> m) {
                g.addRenderingHints(m);
            }
            g.setColor(background());
            g.fillRect(0, 0, getWidth(), getHeight());
            if (row instanceof Row.PaperRow p) {
                paintPaper(g, p);
            } else if (row instanceof Row.GroupRow gr) {
                paintGroup(g, gr);
            } else if (row instanceof Row.AnnotationRow a) {
                paintAnnotation(g, a);
            }
        } finally {
            g.dispose();
        }
    }

    private Color background() {
        if (selected) {
            Color c = focused ? UIManager.getColor("Table.selectionBackground")
                    : UIManager.getColor("Table.selectionInactiveBackground");
            return c != null ? c : UIManager.getColor("Table.selectionBackground");
        }
        Color base = UIManager.getColor("Table.background");
        if (row instanceof Row.PaperRow) {
            Color header = UIManager.getColor("TableHeader.background");
            return header != null ? header : base;
        }
        return base;
    }

    private Color foreground() {
        if (selected) {
            Color c = focused ? UIManager.getColor("Table.selectionForeground")
                    : UIManager.getColor("Table.selectionInactiveForeground");
            return c != null ? c : UIManager.getColor("Table.selectionForeground");
        }
        return UIManager.getColor("Table.foreground");
    }

    private Color secondary() {
        Color fg = foreground();
        Color bg = background();
        return mix(fg, bg, 0.62f);
    }

    private static Color mix(Color a, Color b, float weightOfA) {
        float w = weightOfA;
        return new Color(Math.round(a.getRed() * w + b.getRed() * (1 - w)),
                Math.round(a.getGreen() * w + b.getGreen() * (1 - w)),
                Math.round(a.getBlue() * w + b.getBlue() * (1 - w)));
    }

    /** Draws one line of a quote, note or title, its emoji as images. */
    private void text(Graphics2D g, String s, int x, int y, FontMetrics fm) {
        if (EmojiText.hasEmoji(s)) {
            EmojiText.draw(this, g, s, x, y, fm);
        } else {
            g.drawString(s, x, y);
        }
    }

    private void paintPaper(Graphics2D g, Row.PaperRow p) {
        Font bold = getFont().deriveFont(Font.BOLD);
        FontMetrics fm = getFontMetrics(bold);
        int base = (getHeight() - fm.getHeight()) / 2 + fm.getAscent();
        // disclosure triangle
        g.setColor(secondary());
        int cx = PAD + 4;
        int cy = getHeight() / 2;
        Path2D tri = new Path2D.Float();
        if (p.collapsed()) {
            tri.moveTo(cx - 2, cy - 4);
            tri.lineTo(cx + 3, cy);
            tri.lineTo(cx - 2, cy + 4);
        } else {
            tri.moveTo(cx - 4, cy - 2);
            tri.lineTo(cx + 4, cy - 2);
            tri.lineTo(cx, cy + 3);
        }
        tri.closePath();
        g.fill(tri);
        String count = Integer.toString(p.count());
        Font smallFont = small(getFont());
        FontMetrics sm = getFontMetrics(smallFont);
        int countW = sm.stringWidth(count);
        int right = getWidth() - PAD;
        g.setFont(smallFont);
        g.drawString(count, right - countW, base);
        int x = PAD + 14;
        g.setFont(bold);
        g.setColor(foreground());
        text(g, Text.ellipsize(p.title(), fm, right - countW - 8 - x), x, base, fm);
        // separator under the header
        g.setColor(mix(foreground(), background(), 0.12f));
        g.drawLine(0, getHeight() - 1, getWidth(), getHeight() - 1);
    }

    private void paintGroup(Graphics2D g, Row.GroupRow gr) {
        Font f = small(getFont()).deriveFont(Font.BOLD);
        FontMetrics fm = getFontMetrics(f);
        int base = (getHeight() - fm.getHeight()) / 2 + fm.getAscent() + 1;
        int x = PAD + 2;
        String label;
        if (gr.color() != null) {
            int d = fm.getAscent() - 2;
            g.setColor(AnnotationColors.of(gr.color()));
            g.fillOval(x, base - d, d, d);
            x += d + 6;
            label = Text.capitalize(gr.color());
        } else {
            label = Bundle.LBL_Page(gr.page()).toUpperCase(Locale.ROOT);
        }
        g.setFont(f);
        g.setColor(secondary());
        g.drawString(label, x, base);
        int end = x + fm.stringWidth(label) + 8;
        g.setColor(mix(foreground(), background(), 0.12f));
        int mid = base - fm.getAscent() / 2 + 1;
        if (end < getWidth() - PAD) {
            g.drawLine(end, mid, getWidth() - PAD, mid);
        }
    }

    private void paintAnnotation(Graphics2D g, Row.AnnotationRow r) {
        Annotation a = r.annotation();
        Font font = getFont();
        FontMetrics fm = getFontMetrics(font);
        Font smallFont = small(font);
        FontMetrics sm = getFontMetrics(smallFont);
        int x = TEXT_X;
        int right = getWidth() - PAD;
        // colour bar, the height of the text block
        g.setColor(AnnotationColors.of(a.color()));
        g.fillRoundRect(PAD + 2, 6, BAR, getHeight() - 12, BAR, BAR);

        int y = 7 + fm.getAscent();
        List<String> lines = quoteLines(a, new Metrics(this, font, getWidth()));
        if (a.exact().isBlank()) {
            g.setFont(font.deriveFont(Font.ITALIC));
            g.setColor(secondary());
        } else {
            g.setFont(font);
            g.setColor(foreground());
        }
        for (int i = 0; i < lines.size(); i++) {
            text(g, lines.get(i), x, y, fm);
            if (i < lines.size() - 1) {
                y += fm.getHeight();
            }
        }
        g.setFont(font);
        if (hasNote(a)) {
            y += fm.getHeight();
            g.setFont(font);
            g.setColor(mix(foreground(), background(), 0.8f));
            text(g, Text.ellipsize(Text.oneLine(a.note()), fm, right - x), x, y, fm);
        }
        if (hasMeta(r, showDates)) {
            y += sm.getHeight() + 3;
            paintMeta(g, r, x, right, y, sm);
        }
    }

    private void paintMeta(Graphics2D g, Row.AnnotationRow r, int x, int right, int base, FontMetrics sm) {
        Annotation a = r.annotation();
        g.setFont(sm.getFont());
        StringBuilder tail = new StringBuilder();
        if (r.showPage()) {
            tail.append(Bundle.LBL_PageShort(a.page()));
        }
        if (showDates && (a.modified() != null || a.created() != null)) {
            if (tail.length() > 0) {
                tail.append("  \u00B7  ");
            }
            tail.append(shortDate(AnnotationListModel.date(a), java.time.ZonedDateTime.now()));
        }
        int tailW = sm.stringWidth(tail.toString());
        g.setColor(secondary());
        g.drawString(tail.toString(), right - tailW, base);
        int limit = right - tailW - 8;
        if (r.orphaned()) {
            limit = paintBadge(g, Bundle.LBL_Orphaned(), limit + (tailW == 0 ? 8 : 0), base, sm) - 6;
        }
        int cx = x;
        Color chip = mix(foreground(), background(), 0.10f);
        for (String tag : a.tags()) {
            String label = "#" + tag;
            int w = sm.stringWidth(label) + 10;
            if (cx + w > limit) {
                if (cx + sm.stringWidth("\u2026") < limit) {
                    g.setColor(secondary());
                    g.drawString("\u2026", cx, base);
                }
                break;
            }
            g.setColor(chip);
            g.fillRoundRect(cx, base - sm.getAscent() - 1, w, sm.getHeight() + 1, 8, 8);
            g.setColor(mix(foreground(), background(), 0.75f));
            g.drawString(label, cx + 5, base);
            cx += w + 4;
        }
    }

    /** Paints a pill right-aligned at {@code right}; returns its left edge. */
    private int paintBadge(Graphics2D g, String text, int right, int base, FontMetrics sm) {
        int w = sm.stringWidth(text) + 12;
        int left = right - w;
        Color amber = new Color(0xE0, 0x8A, 0x1E);
        g.setColor(new Color(amber.getRed(), amber.getGreen(), amber.getBlue(), 48));
        g.fillRoundRect(left, base - sm.getAscent() - 2, w, sm.getHeight() + 2, 10, 10);
        g.setColor(amber);
        g.drawRoundRect(left, base - sm.getAscent() - 2, w - 1, sm.getHeight() + 1, 10, 10);
        g.setFont(sm.getFont());
        g.drawString(text, left + 6, base - 1);
        return left;
    }

    /**
     * The date formats, made when a date is first shown (sorted by date): making them loads the
     * locale's calendar data, which the view's first open does not need.
     */
    private static final class Dates {
        static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
        static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");
        static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    }

    /** "Today 14:05", "26 Nov", or "26 Nov 2024": as much as tells dates apart at a glance. */
    static String shortDate(java.time.Instant t, java.time.ZonedDateTime now) {
        java.time.ZonedDateTime z = t.atZone(now.getZone());
        if (z.toLocalDate().equals(now.toLocalDate())) {
            return Bundle.LBL_Today(Dates.TIME.format(z));
        }
        return z.getYear() == now.getYear() ? Dates.DAY.format(z) : Dates.DATE.format(z);
    }

    static String typeLabel(Annotation a) {
        return switch (a.type()) {
            case NOTE -> Bundle.LBL_TypeNote();
            case CLIP -> Bundle.LBL_TypeClip();
            case INK -> Bundle.LBL_TypeInk();
            case FREETEXT -> Bundle.LBL_TypeFreeText();
            default -> Bundle.LBL_TypeMark();
        };
    }
}
