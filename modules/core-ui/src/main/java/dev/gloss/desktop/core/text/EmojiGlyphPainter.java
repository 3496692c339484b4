package dev.gloss.desktop.core.text;

import dev.gloss.threads.emoji.Clusters;
import dev.gloss.threads.emoji.Emoji;
import dev.gloss.threads.emoji.EmojiRuns;
import java.awt.Container;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.Toolkit;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.SwingConstants;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.text.Element;
import javax.swing.text.GlyphView;
import javax.swing.text.Position;
import javax.swing.text.Segment;
import javax.swing.text.TabExpander;
import javax.swing.text.Utilities;
import javax.swing.plaf.basic.BasicGraphicsUtils;

/**
 * Measures and paints a {@link GlyphView}'s text as the platform's first glyph painter does
 * (font metrics, tabs), except that each emoji run is a square image of {@link EmojiText#size}:
 * the model is untouched, only its pictures and their widths change. The caret steps over a
 * grapheme cluster (a family emoji is one step), a click lands on a cluster boundary, and a line
 * is never broken inside an emoji. Stateless: one instance serves every view.
 */
final class EmojiGlyphPainter extends GlyphView.GlyphPainter {

    static final EmojiGlyphPainter INSTANCE = new EmojiGlyphPainter();

    /** A stretch of the view: text, or one emoji drawn as an image. */
    private record Piece(int start, int end, Emoji emoji) {
    }

    private EmojiGlyphPainter() {
    }

    private static FontMetrics metrics(GlyphView v) {
        Container c = v.getContainer();
        return c != null ? c.getFontMetrics(v.getFont()) : Toolkit.getDefaultToolkit().getFontMetrics(v.getFont());
    }

    /** The element's text and its emoji runs, in document offsets. */
    private static String elementText(GlyphView v) {
        Element e = v.getElement();
        Document d = v.getDocument();
        try {
            return d.getText(e.getStartOffset(), e.getEndOffset() - e.getStartOffset());
        } catch (BadLocationException ex) {
            return ""; // the view outlived its text: nothing to measure until it is rebuilt
        }
    }

    /** The pieces of [p0, p1): emoji runs wholly inside are images, the rest is text. */
    private static List<Piece> pieces(GlyphView v, int p0, int p1) {
        int base = v.getElement().getStartOffset();
        List<EmojiRuns.Run> runs = EmojiText.runs(elementText(v));
        List<Piece> out = new ArrayList<>(runs.size() * 2 + 1);
        int at = p0;
        for (EmojiRuns.Run r : runs) {
            int s = base + r.start();
            int e = base + r.end();
            if (e <= p0 || s < p0) {
                continue;
            }
            if (e > p1) {
                break;
            }
            if (s > at) {
                out.add(new Piece(at, s, null));
            }
            out.add(new Piece(s, e, r.emoji()));
            at = e;
        }
        if (at < p1) {
            out.add(new Piece(at, p1, null));
        }
        return out;
    }

    private static float textWidth(GlyphView v, FontMetrics fm, int a, int b, float x) {
        Segment s = v.getText(a, b);
        return Utilities.getTabbedTextWidth(s, fm, x, v.getTabExpander(), a);
    }

    private static float span(GlyphView v, FontMetrics fm, int p0, int p1, float x) {
        float w = 0;
        for (Piece p : pieces(v, p0, p1)) {
            w += p.emoji != null ? EmojiText.advance(fm) : textWidth(v, fm, p.start, p.end, x + w);
        }
        return w;
    }

    @Override
    public float getSpan(GlyphView v, int p0, int p1, TabExpander e, float x) {
        return span(v, metrics(v), p0, p1, x);
    }

    @Override
    public float getHeight(GlyphView v) {
        return metrics(v).getHeight();
    }

    @Override
    public float getAscent(GlyphView v) {
        return metrics(v).getAscent();
    }

    @Override
    public float getDescent(GlyphView v) {
        return metrics(v).getDescent();
    }

    @Override
    public void paint(GlyphView v, Graphics g, Shape a, int p0, int p1) {
        FontMetrics fm = metrics(v);
        Rectangle alloc = a instanceof Rectangle r ? r : a.getBounds();
        float x = alloc.x;
        int start = v.getStartOffset();
        if (start != p0) {
            x += span(v, fm, start, p0, x);
        }
        float y = alloc.y + fm.getHeight() - fm.getDescent();
        Graphics2D g2 = (Graphics2D) g;
        g2.setFont(fm.getFont());
        JComponent c = v.getContainer() instanceof JComponent jc ? jc : null;
        TabExpander tabs = v.getTabExpander();
        for (Piece p : pieces(v, p0, p1)) {
            if (p.emoji != null) {
                EmojiText.drawEmoji(g2, p.emoji, x, y, fm);
                x += EmojiText.advance(fm);
                continue;
            }
            Segment s = v.getText(p.start, p.end);
            String text = s.toString();
            int from = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i < text.length() && text.charAt(i) != '\t') {
                    continue;
                }
                if (i > from) {
                    String chunk = text.substring(from, i);
                    if (c != null) {
                        BasicGraphicsUtils.drawString(c, g2, chunk, x, y);
                    } else {
                        g2.drawString(chunk, x, y);
                    }
                    x += fm.stringWidth(chunk);
                }
                if (i < text.length()) { // a tab
                    x = tabs != null ? tabs.nextTabStop(x, p.start + i) : x + fm.charWidth(' ');
                }
                from = i + 1;
            }
        }
    }

    @Override
    public Shape modelToView(GlyphView v, int pos, Position.Bias bias, Shape a) throws BadLocationException {
        Rectangle alloc = a instanceof Rectangle r ? r : a.getBounds();
        int p0 = v.getStartOffset();
        int p1 = v.getEndOffset();
        FontMetrics fm = metrics(v);
        if (pos == p1) {
            return new Rectangle(alloc.x + alloc.width, alloc.y, 0, fm.getHeight());
        }
        if (pos < p0 || pos > p1) {
            throw new BadLocationException("modelToView - can't convert", p1);
        }
        int at = pos;
        for (Piece p : pieces(v, p0, p1)) {
            if (p.emoji != null && pos > p.start && pos < p.end) {
                at = p.start; // inside an emoji: its left edge
            }
        }
        float w = span(v, fm, p0, at, alloc.x);
        return new Rectangle(alloc.x + Math.round(w), alloc.y, 0, fm.getHeight());
    }

    @Override
    public int viewToModel(GlyphView v, float x, float y, Shape a, Position.Bias[] biasReturn) {
        Rectangle alloc = a instanceof Rectangle r ? r : a.getBounds();
        int p0 = v.getStartOffset();
        int p1 = v.getEndOffset();
        FontMetrics fm = metrics(v);
        biasReturn[0] = Position.Bias.Forward;
        float at = alloc.x;
        int result = p1;
        for (Piece p : pieces(v, p0, p1)) {
            float w = p.emoji != null ? EmojiText.advance(fm) : textWidth(v, fm, p.start, p.end, at);
            if (x < at + w) {
                if (p.emoji != null) {
                    result = x < at + w / 2 ? p.start : p.end;
                } else {
                    Segment s = v.getText(p.start, p.end);
                    result = p.start + Utilities.getTabbedTextOffset(s, fm, at, x, v.getTabExpander(), p.start, true);
                    result = snap(v, result);
                }
                break;
            }
            at += w;
        }
        if (result == p1) {
            // as the platform's painter: the end belongs to the next view (the line's newline, or the next row)
            result = Math.max(p0, previous(v, p1));
        }
        return result;
    }

    @Override
    public int getBoundedPosition(GlyphView v, int p0, float x, float len) {
        FontMetrics fm = metrics(v);
        int p1 = v.getEndOffset();
        float at = x;
        float limit = x + len;
        for (Piece p : pieces(v, p0, p1)) {
            if (p.emoji != null) {
                float w = EmojiText.advance(fm);
                if (at + w > limit) {
                    return p.start;
                }
                at += w;
                continue;
            }
            float w = textWidth(v, fm, p.start, p.end, at);
            if (at + w > limit) {
                Segment s = v.getText(p.start, p.end);
                int fit = p.start + Utilities.getTabbedTextOffset(s, fm, at, limit, v.getTabExpander(), p.start, false);
                return Math.max(p0, snap(v, fit));
            }
            at += w;
        }
        return p1;
    }

    @Override
    public GlyphView.GlyphPainter getPainter(GlyphView v, int p0, int p1) {
        return this;
    }

    @Override
    public int getNextVisualPositionFrom(GlyphView v, int pos, Position.Bias b, Shape a, int direction,
            Position.Bias[] biasRet) throws BadLocationException {
        int start = v.getStartOffset();
        int end = v.getEndOffset();
        if (direction != SwingConstants.EAST && direction != SwingConstants.WEST) {
            return super.getNextVisualPositionFrom(v, pos, b, a, direction, biasRet);
        }
        if (start == v.getDocument().getLength()) {
            if (pos == -1) {
                biasRet[0] = Position.Bias.Forward;
                return start;
            }
            return -1;
        }
        biasRet[0] = Position.Bias.Forward;
        if (direction == SwingConstants.EAST) {
            if (pos == -1) {
                return start;
            }
            int next = next(v, pos);
            return pos >= end || next >= end ? -1 : next;
        }
        if (pos == -1) {
            return previous(v, end);
        }
        return pos <= start ? -1 : Math.max(start, previous(v, pos));
    }

    /** The grapheme boundary after {@code pos} within the element. */
    private static int next(GlyphView v, int pos) {
        int base = v.getElement().getStartOffset();
        return base + Clusters.following(elementText(v), pos - base);
    }

    /** The grapheme boundary before {@code pos} within the element. */
    private static int previous(GlyphView v, int pos) {
        int base = v.getElement().getStartOffset();
        return base + Clusters.preceding(elementText(v), pos - base);
    }

    /** {@code pos} if it is a grapheme boundary, else the boundary before it. */
    private static int snap(GlyphView v, int pos) {
        int base = v.getElement().getStartOffset();
        String text = elementText(v);
        int rel = pos - base;
        if (rel <= 0 || rel >= text.length()) {
            return pos;
        }
        int before = Clusters.preceding(text, rel);
        return Clusters.following(text, before) == rel ? pos : base + before;
    }
}
