package dev.gloss.desktop.reader;

import dev.gloss.desktop.core.AnnotationColors;
import dev.gloss.library.Anchoring;
import dev.gloss.pdf.PageGeometry;
import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Quad;
import dev.gloss.workspace.Rect;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceEvent;
import dev.gloss.workspace.WorkspaceException;
import dev.gloss.workspace.WorkspaceListener;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.event.ChangeListener;
import org.openide.util.ChangeSupport;
import org.openide.util.RequestProcessor;

/**
 * The annotations of the paper shown, painted over its pages: highlights under the text,
 * underlines, strike-outs, squiggles, note markers and clip frames, in their colours. Follows
 * the workspace (an annotation made, changed or deleted anywhere shows at once); re-anchors
 * them against this file's text when the paper opens and saves the ones that moved. One
 * annotation can be selected (outlined) and one flashed (when another window jumps to it).
 */
final class AnnotationLayer implements PageView.Overlay {
    private static final Logger LOG = Logger.getLogger(AnnotationLayer.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Gloss reader: annotations", 1);
    private static final Color SELECTED_EDGE = new Color(0x1E, 0x64, 0xC8, 220);
    private final PageView view;
    private final ChangeSupport changes = new ChangeSupport(this);
    private final Map<String, Annotation> byId = new LinkedHashMap<>();
    private final WorkspaceListener listener = this::workspaceChanged;
    private Workspace workspace;
    private Paper paper;
    private Annotation selected;
    private Annotation flashing;
    private int flashTicks;
    private final Timer flash = new Timer(150, e -> flashStep());

    AnnotationLayer(PageView view) {
        this.view = view;
    }

    /** The paper shown, or null when the file is not in the workspace. */
    Paper paper() {
        return paper;
    }

    Workspace workspace() {
        return workspace;
    }

    OpenDocument document() {
        return view.document();
    }

    /**
     * Shows the annotations of {@code p} from now on: loads and re-anchors them in the
     * background and follows the workspace. Call on the event thread.
     */
    void attach(Workspace ws, Paper p) {
        detach();
        workspace = ws;
        paper = p;
        ws.addListener(listener);
        String paperId = p.id();
        RP.post(() -> {
            List<Annotation> anns = ws.annotations(paperId);
            SwingUtilities.invokeLater(() -> replaceAll(paperId, anns));
            reanchor(ws, anns);
        });
        changes.fireChange();
    }

    /** Stops following the workspace. */
    void detach() {
        if (workspace != null) {
            workspace.removeListener(listener);
        }
        workspace = null;
        byId.clear();
        flash.stop();
    }

    /** Saves the annotations whose text moved in this file's text layer (orphans stay as they are). */
    private void reanchor(Workspace ws, List<Annotation> anns) {
        int moved = 0;
        try {
            for (Annotation a : anns) {
                Anchoring.Anchored r = Anchoring.reanchor(a, view.document().pdf());
                if (r.status() == Anchoring.Status.MOVED) {
                    ws.save(Kind.ANNOTATIONS, r.annotation());
                    moved++;
                }
            }
        } catch (PdfException | WorkspaceException | IllegalStateException e) {
            LOG.log(Level.INFO, "Re-anchoring stopped for " + view.document().file(), e);
        }
        if (moved > 0) {
            LOG.log(Level.FINE, "{0} annotations re-anchored in {1}", new Object[] {moved, view.document().file()});
        }
    }

    private void workspaceChanged(WorkspaceEvent e) {
        if (e.kind() != Kind.ANNOTATIONS && e.change() != WorkspaceEvent.Change.RELOADED) {
            return;
        }
        Workspace ws = workspace;
        Paper p = paper;
        if (ws == null || p == null) {
            return;
        }
        if (e.value() instanceof Annotation a) {
            if (!p.id().equals(a.paperId())) {
                return;
            }
            SwingUtilities.invokeLater(() -> {
                if (paper != p) {
                    return;
                }
                if (e.change() == WorkspaceEvent.Change.REMOVED) {
                    byId.remove(a.id());
                    if (selected != null && selected.id().equals(a.id())) {
                        select(null);
                    }
                } else {
                    byId.put(a.id(), a);
                    if (selected != null && selected.id().equals(a.id())) {
                        selected = a;
                    }
                }
                changed(a.page());
            });
        } else {
            RP.post(() -> {
                List<Annotation> anns = ws.annotations(p.id());
                SwingUtilities.invokeLater(() -> replaceAll(p.id(), anns));
            });
        }
    }

    private void replaceAll(String paperId, List<Annotation> anns) {
        if (paper == null || !paper.id().equals(paperId)) {
            return;
        }
        byId.clear();
        for (Annotation a : anns) {
            byId.put(a.id(), a);
        }
        view.repaint();
        changes.fireChange();
    }

    private void changed(int page) {
        view.repaintPage(page);
        changes.fireChange();
    }

    /** Every annotation shown. */
    Collection<Annotation> all() {
        return List.copyOf(byId.values());
    }

    /** The annotations on one page. */
    List<Annotation> on(int page) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : byId.values()) {
            if (a.page() == page) {
                out.add(a);
            }
        }
        return out;
    }

    /** The annotation under a page-space point (the smallest, when they overlap), or null. */
    Annotation at(int page, Point2D p) {
        Annotation best = null;
        double bestArea = Double.MAX_VALUE;
        for (Annotation a : on(page)) {
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
    static String tooltip(Annotation a) {
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

    Annotation selected() {
        return selected;
    }

    /** Selects an annotation (null: none) and tells the listeners. */
    void select(Annotation a) {
        Annotation old = selected;
        selected = a;
        if (old != null) {
            view.repaintPage(old.page());
        }
        if (a != null) {
            view.repaintPage(a.page());
        }
        changes.fireChange();
    }

    /** Scrolls to an annotation, selects it and makes it blink a few times. */
    void show(Annotation a) {
        Annotation current = byId.getOrDefault(a.id(), a);
        Rectangle2D b = bounds(current);
        if (b != null && current.page() >= 1 && current.page() <= view.pageCount()) {
            view.reveal(current.page(), b);
        } else if (current.page() >= 1 && current.page() <= view.pageCount()) {
            view.goToPage(current.page());
        }
        select(current);
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

    void addChangeListener(ChangeListener l) {
        changes.addChangeListener(l);
    }

    // ---- painting ----

    @Override
    public void paint(Graphics2D g, int page, PageGeometry geometry) {
        if (byId.isEmpty()) {
            return;
        }
        for (Annotation a : byId.values()) {
            if (a.page() == page) {
                paint(g, a, geometry);
            }
        }
        if (selected != null && selected.page() == page) {
            outline(g, selected, geometry, SELECTED_EDGE, 1.5f);
        }
        if (flashing != null && flashing.page() == page && flashTicks % 2 == 0) {
            Color c = AnnotationColors.of(flashing.color());
            outline(g, flashing, geometry, new Color(c.getRed(), c.getGreen(), c.getBlue()).darker(), 3f);
        }
    }

    private static void paint(Graphics2D g, Annotation a, PageGeometry geo) {
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
                    paintInk(g, a, geo, solid);
                }
            }
            default -> paintArea(g, a, geo, solid);
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
