package dev.gloss.desktop.reader.annotate;

import dev.gloss.desktop.core.AnnotationColors;
import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.desktop.reader.render.Quads;
import dev.gloss.pdf.PageColors;
import dev.gloss.pdf.PageGeometry;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Quad;
import dev.gloss.workspace.Rect;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javax.swing.Timer;

/**
 * The view of a reader tab's {@link AnnotationModel}: paints the annotations over the pages
 * (highlights under the text, underlines, strike-outs, squiggles, note markers, pen strokes, text
 * typed onto the page and clip frames, in their colours; the selected one outlined) and finds the
 * one under a point. Flashes an
 * annotation another window jumps to.
 */
public final class AnnotationLayer implements PageView.Overlay {
    private static final Color SELECTED_EDGE = new Color(0x1E, 0x64, 0xC8, 220);
    private final PageView view;
    private final AnnotationModel model;
    private Annotation flashing;
    private int flashTicks;
    private final Timer flash = new Timer(150, e -> flashStep());

    public AnnotationLayer(PageView view, AnnotationModel model) {
        this.view = view;
        this.model = model;
        model.addChangeListener(e -> view.repaint());
    }

    /** Stops flashing (the tab closes). */
    public void stop() {
        flash.stop();
        flashing = null;
    }

    /** The annotation under a page-space point (the smallest, when they overlap), or null. */
    public Annotation at(int page, Point2D p) {
        Annotation best = null;
        double bestArea = Double.MAX_VALUE;
        for (Annotation a : model.on(page)) {
            for (Rect r : boxes(a)) {
                if (p.getX() >= r.left() - 1 && p.getX() <= r.right() + 1 && p.getY() >= r.bottom() - 1 && p.getY() <= r.top() + 1) {
                    double area = r.width() * r.height();
                    if (area < bestArea) {
                        best = a;
                        bestArea = area;
                    }
                }
            }
        }
        return best;
    }

    /** Where an annotation is: its quads' boxes, or its area. */
    static List<Rect> boxes(Annotation a) {
        List<Rect> out = new ArrayList<>();
        for (Quad q : a.quads()) {
            out.add(new Rect(q.minX(), q.minY(), q.maxX(), q.maxY()));
        }
        if (out.isEmpty() && a.area() != null) {
            out.add(a.area());
        }
        return out;
    }

    /** The page-space rectangle around all of an annotation, or null if it has no place. */
    static Rectangle2D bounds(Annotation a) {
        Rectangle2D out = null;
        for (Rect r : boxes(a)) {
            Rectangle2D b = new Rectangle2D.Double(r.left(), r.bottom(), r.width(), r.height());
            out = out == null ? b : out.createUnion(b);
        }
        return out;
    }

    /** The tooltip of an annotation: its note and tags, or null when it has neither (or is null). */
    public static String tooltip(Annotation a) {
        if (a == null || ((a.note() == null || a.note().isBlank()) && a.tags().isEmpty())) {
            return null;
        }
        StringBuilder sb = new StringBuilder("<html><div style='width:260px'>");
        if (a.note() != null) {
            sb.append(a.note().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>"));
        }
        if (!a.tags().isEmpty()) {
            sb.append(a.note() != null ? "<br>" : "").append("<i>");
            for (String t : a.tags()) {
                sb.append('#').append(t.replace("&", "&amp;").replace("<", "&lt;")).append(' ');
            }
            sb.append("</i>");
        }
        return sb.append("</div></html>").toString();
    }

    /** Scrolls to an annotation, selects it and makes it blink a few times. */
    public void show(Annotation a) {
        Annotation current = model.current(a);
        Rectangle2D b = bounds(current);
        if (b != null && current.page() >= 1 && current.page() <= view.pageCount()) {
            view.jump(() -> view.reveal(current.page(), b));
        } else if (current.page() >= 1 && current.page() <= view.pageCount()) {
            view.jump(() -> view.goToPage(current.page()));
        }
        model.select(current);
        flashing = current;
        flashTicks = 8;
        flash.restart();
    }

    private void flashStep() {
        if (flashing == null || --flashTicks <= 0) {
            Annotation f = flashing;
            flashing = null;
            flash.stop();
            if (f != null) {
                view.repaintPage(f.page());
            }
            return;
        }
        view.repaintPage(flashing.page());
    }

    // ---- painting ----

    @Override
    public void paint(Graphics2D g, int page, PageGeometry geometry) {
        List<Annotation> here = model.on(page);
        PageColors colors = view.document().pageColors();
        for (Annotation a : here) {
            paint(g, a, geometry, colors);
        }
        for (Annotation a : here) {
            noteMarker(g, a, geometry); // over every mark, so a later one never hides it
        }
        Annotation selected = model.selected();
        if (selected != null && selected.page() == page) {
            outline(g, selected, geometry, SELECTED_EDGE, 1.5f);
        }
        if (flashing != null && flashing.page() == page && flashTicks % 2 == 0) {
            Color c = AnnotationColors.of(flashing.color());
            outline(g, flashing, geometry, new Color(c.getRed(), c.getGreen(), c.getBlue()).darker(), 3f);
        }
    }

    private static void paint(Graphics2D g, Annotation a, PageGeometry geo, PageColors colors) {
        Color solid = AnnotationColors.of(a.color());
        AnnotationType type = a.type() == null ? AnnotationType.HIGHLIGHT : a.type();
        switch (type) {
            case HIGHLIGHT -> {
                g.setColor(AnnotationColors.translucent(a.color()));
                for (Quad q : a.quads()) {
                    g.fill(Quads.shape(q, geo));
                }
            }
            case UNDERLINE -> {
                g.setColor(solid);
                for (Quad q : a.quads()) {
                    g.fill(Quads.bottom(q, geo, 0.09));
                }
            }
            case STRIKEOUT -> {
                g.setColor(solid);
                for (Quad q : a.quads()) {
                    g.fill(Quads.middle(q, geo, 0.08));
                }
            }
            case SQUIGGLY -> {
                g.setColor(solid);
                g.setStroke(new BasicStroke(1.2f));
                for (Quad q : a.quads()) {
                    g.draw(squiggle(Quads.shape(q, geo).getBounds2D()));
                }
            }
            case INK -> {
                if (a.ink().isEmpty()) {
                    paintArea(g, a, geo, solid); // an ink mark from before strokes were kept
                } else {
                    // a pen stroke on the page changes colour with it (dark ink on a dark page would vanish)
                    paintInk(g, a, geo, new Color(colors.map(solid.getRGB())));
                }
            }
            case FREETEXT -> TextBoxPainter.paint(g, a, geo, colors);
            default -> paintArea(g, a, geo, solid);
        }
    }

    /**
     * The sign that a marked passage has a note: a small note badge on the top-right corner of
     * its last line, in a darker shade of its colour (the note itself is the tooltip).
     */
    static Rectangle2D noteMarker(Annotation a, PageGeometry geo) {
        AnnotationType type = a.type() == null ? AnnotationType.HIGHLIGHT : a.type();
        if (!type.isTextMarkup() || a.note() == null || a.note().isBlank() || a.quads().isEmpty()) {
            return null;
        }
        Rectangle2D end = Quads.shape(a.quads().get(a.quads().size() - 1), geo).getBounds2D();
        double s = Math.max(9, Math.min(14, end.getHeight() * 0.75));
        // above the end of the line, its lower left inside the line's box: hovering it finds the note
        return new Rectangle2D.Double(end.getMaxX() - s * 0.4, end.getMinY() - s * 0.6, s, s);
    }

    private static void noteMarker(Graphics2D g, Annotation a, PageGeometry geo) {
        Rectangle2D box = noteMarker(a, geo);
        if (box == null) {
            return;
        }
        Color c = AnnotationColors.of(a.color());
        double s = box.getWidth();
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue()).darker());
        g.fill(new java.awt.geom.RoundRectangle2D.Double(box.getX(), box.getY(), s, s, s / 3, s / 3));
        g.setColor(Color.WHITE);
        double w = Math.max(1, s / 10);
        for (int i = 1; i <= 3; i++) {
            double y = box.getY() + s * i / 4.2;
            double len = i == 3 ? s * 0.38 : s * 0.6;
            g.fill(new Rectangle2D.Double(box.getX() + s * 0.2, y, len, w));
        }
    }

    /** The pen strokes as drawn, in the mark's colour (1.5 pt pen, as the PDF export writes). */
    private static void paintInk(Graphics2D g, Annotation a, PageGeometry geo, Color solid) {
        java.awt.geom.AffineTransform toImage = geo.pageToImage();
        g.setColor(solid);
        g.setStroke(new BasicStroke(Math.max(1f, 1.5f * geo.scale()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (dev.gloss.workspace.InkStroke stroke : a.ink()) {
            if (stroke.size() == 0) {
                continue;
            }
            java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
            path.moveTo(stroke.x(0), stroke.y(0));
            for (int i = 1; i < stroke.size(); i++) {
                path.lineTo(stroke.x(i), stroke.y(i));
            }
            g.draw(toImage.createTransformedShape(path));
        }
    }

    private static void paintArea(Graphics2D g, Annotation a, PageGeometry geo, Color solid) {
        if (a.area() == null) {
            return;
        }
        Rectangle2D r = geo.toImage(a.area());
        if (a.type() == AnnotationType.NOTE) {
            double s = Math.max(12, Math.min(22, r.getWidth()));
            Rectangle2D icon = new Rectangle2D.Double(r.getX(), r.getY(), s, s);
            g.setColor(solid);
            g.fill(icon);
            g.setColor(solid.darker());
            g.draw(icon);
            g.setColor(Color.WHITE);
            for (int i = 1; i <= 3; i++) {
                double y = icon.getY() + s * i / 4.5 + 1;
                g.fill(new Rectangle2D.Double(icon.getX() + s * 0.2, y, s * 0.6, Math.max(1, s / 14)));
            }
            return;
        }
        g.setColor(new Color(solid.getRed(), solid.getGreen(), solid.getBlue(), 40));
        g.fill(r);
        g.setColor(solid);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 3}, 0));
        g.draw(r);
    }

    private static Shape squiggle(Rectangle2D b) {
        Path2D p = new Path2D.Double();
        double y = b.getMaxY() - 1.5;
        double step = 2.5;
        p.moveTo(b.getMinX(), y);
        boolean up = true;
        for (double x = b.getMinX() + step; x <= b.getMaxX(); x += step) {
            p.lineTo(x, up ? y - 2 : y);
            up = !up;
        }
        return p;
    }

    private static void outline(Graphics2D g, Annotation a, PageGeometry geo, Color color, float width) {
        g.setColor(color);
        g.setStroke(new BasicStroke(width));
        for (Rect r : boxes(a)) {
            Rectangle2D b = geo.toImage(r);
            g.draw(new Rectangle2D.Double(b.getX() - 1.5, b.getY() - 1.5, b.getWidth() + 3, b.getHeight() + 3));
        }
    }
}
