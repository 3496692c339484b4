package dev.gloss.desktop.reader.annotate;

import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.pdf.PageGeometry;
import dev.gloss.workspace.Rect;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.RenderingHints;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import javax.swing.UIManager;
import javax.swing.event.ChangeListener;
import org.openide.util.ChangeSupport;
import org.openide.util.NbBundle;

/**
 * The area clip tool: while it is on, a drag on a page draws a rectangle (over a figure, a
 * table) instead of selecting text; releasing it makes the clip and turns the tool off. A
 * rectangle can also be placed and then moved from the keyboard ({@link ClipKeys}).
 */
@NbBundle.Messages("LBL_ClipKeys=Arrows move \u00b7 Shift+arrows size \u00b7 Enter saves \u00b7 Esc cancels")
public final class ClipTool implements PageView.Overlay {
    private static final Color EDGE = new Color(0x1E, 0x64, 0xC8);
    private static final Color FILL = new Color(0x1E, 0x64, 0xC8, 40);
    /** Smaller drags (points) are taken for a slip of the hand. */
    static final double MIN_SIZE = 6;
    private final ChangeSupport changes = new ChangeSupport(this);
    private boolean active;
    private int page;
    private Point2D start;
    private Point2D end;
    /** True while the rectangle is one placed for the keyboard (not drawn by a drag): it shows the keys. */
    private boolean placed;

    public boolean active() {
        return active;
    }

    void setActive(boolean on) {
        if (on != active) {
            active = on;
            start = null;
            end = null;
            changes.fireChange();
        }
    }

    public void addChangeListener(ChangeListener l) {
        changes.addChangeListener(l);
    }

    /** The page the rectangle is being drawn on, 0 when none. */
    public int page() {
        return start == null ? 0 : page;
    }

    public void begin(int onPage, Point2D p) {
        placed = false;
        page = onPage;
        start = p;
        end = p;
    }

    /** Places the rectangle {@code r} (page space) on {@code onPage}, as if it had been dragged. */
    void place(int onPage, Rect r) {
        page = onPage;
        start = new Point2D.Double(r.left(), r.bottom());
        end = new Point2D.Double(r.right(), r.top());
        placed = true;
    }

    /** The rectangle being drawn (page space), or null when there is none. */
    public Rect rect() {
        return active ? current() : null;
    }

    public void drag(Point2D p) {
        if (start != null) {
            end = p;
        }
    }

    /** The rectangle drawn (page space), or null when it is too small; turns the tool off. */
    public Rect finish() {
        Rect r = current();
        setActive(false);
        return r != null && r.width() >= MIN_SIZE && r.height() >= MIN_SIZE ? r : null;
    }

    private Rect current() {
        if (start == null || end == null) {
            return null;
        }
        return new Rect(Math.min(start.getX(), end.getX()), Math.min(start.getY(), end.getY()),
                Math.max(start.getX(), end.getX()), Math.max(start.getY(), end.getY()));
    }

    @Override
    public void paint(Graphics2D g, int onPage, PageGeometry geometry) {
        Rect r = current();
        if (!active || r == null || onPage != page) {
            return;
        }
        Rectangle2D px = geometry.toImage(r);
        g.setColor(FILL);
        g.fill(px);
        g.setColor(EDGE);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        g.draw(px);
        if (placed) {
            paintKeys(g, px);
        }
    }

    /** The keys that work the frame, on a tab above it (inside its top when the page ends there). */
    private static void paintKeys(Graphics2D g, Rectangle2D frame) {
        Font base = UIManager.getFont("Label.font");
        g.setFont(base != null ? base.deriveFont(Math.max(10f, base.getSize2D() - 1)) : new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        FontMetrics fm = g.getFontMetrics();
        String text = Bundle.LBL_ClipKeys();
        int w = fm.stringWidth(text) + 12;
        int h = fm.getHeight() + 4;
        int x = (int) Math.round(frame.getX());
        int y = frame.getY() >= h + 2 ? (int) Math.round(frame.getY()) - h - 2 : (int) Math.round(frame.getY()) + 2;
        g.setColor(EDGE);
        g.fillRoundRect(x, y, w, h, 6, 6);
        g.setColor(Color.WHITE);
        g.drawString(text, x + 6, y + 2 + fm.getAscent());
    }
}
