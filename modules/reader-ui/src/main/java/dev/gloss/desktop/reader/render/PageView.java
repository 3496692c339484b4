package dev.gloss.desktop.reader.render;

import dev.gloss.desktop.core.FirstPage;
import dev.gloss.pdf.PageGeometry;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.ComponentListener;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import javax.swing.event.ChangeListener;
import org.openide.util.NbBundle;

/**
 * The continuous column of pages. Only pages that intersect the viewport are painted; each
 * shows its rendered image when the {@link RenderScheduler} has it, else a stretched image at
 * another zoom or from a quick low-resolution pass, else a white placeholder of the right size,
 * and is asked for (with its neighbours) on the render threads. At high zoom a page is rendered
 * as tiles, and only the tiles on screen. Images are rendered at the screen's device scale, so
 * text stays sharp. Overlays (selection, find hits, annotations) paint on top of each page once
 * it shows an image, never over a placeholder.
 */
@NbBundle.Messages("MSG_PageFailed=This page could not be drawn.")
public final class PageView extends JComponent implements Scrollable {
    public static final String PROP_PAGE = "currentPage";
    public static final String PROP_SCALE = "scale";
    public static final String PROP_SPREAD = "spread";

    /** Paints over one page; {@code g} has its origin at the page's top-left corner. */
    public interface Overlay {
        void paint(Graphics2D g, int page, PageGeometry geometry);
    }


    private final OpenDocument doc;
    private final RenderScheduler scheduler;
    private final List<Overlay> overlays = new ArrayList<>();
    private final ChangeListener scrollListener = e -> scrolled();
    private final ComponentListener resizeListener = new ComponentAdapter() {
        @Override
        public void componentResized(ComponentEvent e) {
            int w = viewportSize().width;
            if (w != laidOutForWidth) {
                // still where a remembered position put it: that position again, at the new width (a
                // restore into a passing layout, wider than the final one, is clamped at the top)
                ReadingPosition again = restored != null && getVisibleRect().getLocation().equals(restoredAt) ? restored : null;
                if (again != null) {
                    restore(again);
                } else {
                    setZoom(zoom, null);
                }
            }
        }
    };
    private PageLayout layout;
    private Zoom zoom = Zoom.FIT_WIDTH;
    private double deviceScale = 1;
    private int currentPage = 1;
    private int laidOutForWidth = -1;
    /** The position last restored, and where the view was left by it (see the resize listener). */
    private ReadingPosition restored;
    private Point restoredAt;
    private boolean held;
    /** Painting for {@link #snapshot}: the pages only, nothing scheduled, nothing announced. */
    private boolean snapshotting;
    private boolean spread;
    private JumpListener jumpListener;

    public PageView(OpenDocument doc, RenderScheduler scheduler) {
        this.doc = doc;
        this.scheduler = scheduler;
        setOpaque(true);
        setFocusable(true);
        setBackground(backdrop());
        setAutoscrolls(true);
        layout = computeLayout();
    }

    /** A new look (Options ▸ Appearance): the colour around the pages follows it. */
    @Override
    public void updateUI() {
        super.updateUI();
        setBackground(backdrop());
    }

    /** The colour around the pages: a shade darker than panels, so white pages stand out. */
    public static Color backdrop() {
        Color c = UIManager.getColor("Panel.background");
        if (c == null) {
            c = new Color(0xF2F2F2);
        }
        float f = 0.90f;
        return new Color((int) (c.getRed() * f), (int) (c.getGreen() * f), (int) (c.getBlue() * f));
    }

    public OpenDocument document() {
        return doc;
    }

    public void addOverlay(Overlay o) {
        overlays.add(o);
    }

    /** The image of {@code key} this view has rendered, if it is still in its cache; never renders. */
    public BufferedImage cached(RenderKey key) {
        return scheduler.cached(key);
    }

    public PageLayout pageLayout() {
        return layout;
    }

    public Zoom zoom() {
        return zoom;
    }

    /** The zoom as a percentage (what fit-width or fit-page amount to now). */
    public double percent() {
        return layout.scale() / Zoom.PIXELS_PER_POINT * 100;
    }

    public int currentPage() {
        return currentPage;
    }

    public int pageCount() {
        return doc.pageCount();
    }

    // ---- layout and zoom ----

    private JViewport viewport() {
        return getParent() instanceof JViewport v ? v : null;
    }

    private Dimension viewportSize() {
        JViewport v = viewport();
        Dimension d = v == null ? null : v.getExtentSize();
        return d == null || d.width <= 0 ? new Dimension(800, 600) : d;
    }

    private PageLayout computeLayout() {
        Dimension vp = viewportSize();
        laidOutForWidth = vp.width;
        int page = Math.max(1, Math.min(doc.pageCount(), currentPage));
        int perRow = spread ? 2 : 1;
        double[] widths = doc.widths();
        double[] heights = doc.heights();
        // fit the widest row (two pages and the gap between them in a spread), or the current row
        double widestRow = 0;
        for (int first = 1; first <= widths.length; first += perRow) {
            widestRow = Math.max(widestRow, rowWidth(widths, first, perRow));
        }
        int rowStart = (page - 1) / perRow * perRow + 1;
        double rowHeight = 0;
        for (int p = rowStart; p < rowStart + perRow && p <= heights.length; p++) {
            rowHeight = Math.max(rowHeight, heights[p - 1]);
        }
        // the gap between two pages, and a pixel their rounded widths may add up to
        double gaps = (perRow - 1) * (PageLayout.GAP + 1.0);
        double scale = zoom.scale(vp.width - 2.0 * PageLayout.MARGIN - gaps, vp.height - 2.0 * PageLayout.MARGIN,
                widestRow, rowWidth(widths, rowStart, perRow), rowHeight);
        return new PageLayout(widths, heights, scale, vp.width, perRow);
    }

    private static double rowWidth(double[] widths, int first, int perRow) {
        double w = 0;
        for (int p = first; p < first + perRow && p <= widths.length; p++) {
            w += widths[p - 1];
        }
        return w;
    }

    /** True when pages show two side by side (1 | 2, 3 | 4, ...). */
    public boolean spread() {
        return spread;
    }

    /** Shows pages two side by side, or one under the other, keeping the place read. */
    public void setSpread(boolean on) {
        if (on == spread) {
            return;
        }
        spread = on;
        setZoom(zoom, null);
        firePropertyChange(PROP_SPREAD, !on, on);
    }

    /**
     * Changes the zoom keeping the document point under {@code anchor} (a point in the viewport,
     * e.g. the mouse) where it is; null keeps the top-left corner.
     */
    public void setZoom(Zoom z, Point anchor) {
        restored = null;
        Rectangle vis = getVisibleRect();
        int ax = anchor == null ? 0 : anchor.x;
        int ay = anchor == null ? 0 : anchor.y;
        int py = vis.y + ay;
        int page = layout.pageNear(vis.x + ax, py);
        double offset = page == 0 ? 0 : layout.offsetIn(page, py);
        double fx = page == 0 ? 0 : (vis.x + ax - layout.bounds(page).x) / layout.scale();
        double oldScale = layout.scale();
        zoom = z;
        layout = computeLayout();
        Dimension size = layout.size();
        setPreferredSize(size);
        setSize(size);
        if (page > 0) {
            int nx = (int) Math.round(layout.bounds(page).x + fx * layout.scale()) - ax;
            scrollToPoint(nx, layout.yOf(page, offset) - ay);
        }
        revalidate();
        repaint();
        firePropertyChange(PROP_SCALE, oldScale, layout.scale());
    }

    /** Zooms one step in or out at the viewport point {@code anchor} (null: top-left). */
    public void zoomStep(boolean in, Point anchor) {
        double p = percent();
        setZoom(in ? Zoom.in(p) : Zoom.out(p), anchor);
    }

    // ---- position ----

    /** Scrolls so that {@code (x, y)} of this component is the viewport's top-left corner, clamped. */
    private void scrollToPoint(int x, int y) {
        JViewport v = viewport();
        if (v == null) {
            return;
        }
        Dimension ext = v.getExtentSize();
        Dimension size = getSize();
        int cx = Math.max(0, Math.min(x, size.width - ext.width));
        int cy = Math.max(0, Math.min(y, size.height - ext.height));
        v.setViewPosition(new Point(cx, cy));
        scrolled();
    }

    /** Scrolls by a number of pixels (clamped at the edges). */
    public void scrollBy(int dx, int dy) {
        Rectangle vis = getVisibleRect();
        scrollToPoint(vis.x + dx, vis.y + dy);
    }

    /** Scrolls to the very end of the last page. */
    public void goToEnd() {
        scrollToPoint(getVisibleRect().x, getHeight());
    }

    /** True when the column is wider than the viewport (it scrolls sideways). */
    public boolean scrollsSideways() {
        return getWidth() > getVisibleRect().width;
    }

    /** Where the top of the view is, to remember. */
    public ReadingPosition position() {
        Rectangle vis = getVisibleRect();
        int page = Math.max(1, layout.pageAt(vis.y));
        return new ReadingPosition(page, layout.offsetIn(page, vis.y), zoom);
    }

    /** How far the view is scrolled sideways, in points at the current zoom (0 when it does not scroll sideways). */
    public double leftInPoints() {
        return getVisibleRect().x / layout.scale();
    }

    /** Scrolls sideways to {@code points} from the column's left edge at the current zoom (clamped). */
    public void scrollToLeft(double points) {
        scrollToPoint((int) Math.round(points * layout.scale()), getVisibleRect().y);
    }

    /** Told when a jump took the view farther than a screen: where it was before. */
    @FunctionalInterface
    public interface JumpListener {
        void jumped(ReadingPosition from, double leftInPoints);
    }

    /** The listener of {@link #jump}s (the tab's Back and Forward), or null. */
    public void setJumpListener(JumpListener listener) {
        jumpListener = listener;
    }

    /**
     * Moves the view as a jump the reader may want to come back from (a link, a citation, the
     * outline, a thumbnail, a search hit, an annotation, a page number typed): when {@code move}
     * takes the view more than a screen away, where it was is told to the {@link JumpListener}.
     */
    public void jump(Runnable move) {
        Rectangle before = getVisibleRect();
        ReadingPosition from = position();
        double left = leftInPoints();
        move.run();
        Rectangle after = getVisibleRect();
        if (jumpListener != null && (Math.abs(after.y - before.y) > before.height || Math.abs(after.x - before.x) > before.width)) {
            jumpListener.jumped(from, left);
        }
    }

    /** Goes back to a remembered position (pages beyond the end go to the last page). */
    public void restore(ReadingPosition p) {
        setZoom(p.zoom(), null);
        int page = Math.max(1, Math.min(doc.pageCount(), p.page()));
        scrollToPoint(getVisibleRect().x, layout.yOf(page, page == p.page() ? p.offset() : 0));
        restored = p;
        restoredAt = getVisibleRect().getLocation();
    }

    /** Shows {@code page} from its top edge (and, in a spread wider than the view, from its left). */
    public void goToPage(int page) {
        int p = Math.max(1, Math.min(doc.pageCount(), page));
        scrollToPoint(sideways(p), layout.bounds(p).y - PageLayout.GAP);
    }

    /** Where to scroll sideways to show {@code page}: where the view is, unless the page is off it. */
    private int sideways(int page) {
        Rectangle vis = getVisibleRect();
        Rectangle b = layout.bounds(page);
        return b.x >= vis.x && b.x + Math.min(b.width, vis.width) <= vis.x + vis.width ? vis.x : b.x - PageLayout.GAP;
    }

    /** Shows {@code page} with the page-space height {@code top} at the top (NaN: the page's top). */
    public void goTo(int page, double top) {
        if (Double.isNaN(top)) {
            goToPage(page);
            return;
        }
        PageGeometry g = doc.geometry(page, layout.scale());
        Point2D pt = g.toImage(g.cropBox().left(), top);
        int p = Math.max(1, Math.min(doc.pageCount(), page));
        scrollToPoint(sideways(p), layout.bounds(p).y + (int) Math.round(pt.getY()) - PageLayout.GAP);
    }

    /** Where the page-space height {@code top} of {@code page} is in this component (NaN: the page's top). */
    public int columnY(int page, double top) {
        Rectangle b = layout.bounds(page);
        if (Double.isNaN(top)) {
            return b.y;
        }
        PageGeometry g = doc.geometry(page, layout.scale());
        return b.y + (int) Math.round(g.toImage(g.cropBox().left(), top).getY());
    }

    /**
     * The height in this component that counts as being read: a fifth down the view (a heading
     * that comes that far up starts the section being read).
     */
    public int readingLine() {
        Rectangle vis = getVisibleRect();
        return vis.y + Math.max(PageLayout.GAP + 2, vis.height / 5);
    }

    /**
     * Makes a page-space area visible, scrolling only when it is not already fully on screen;
     * then it lands a third down the viewport.
     */
    public void reveal(int page, Rectangle2D pageSpace) {
        Rectangle r = toView(page, pageSpace);
        Rectangle vis = getVisibleRect();
        if (vis.contains(r)) {
            return;
        }
        int x = vis.x;
        if (r.x < vis.x || r.x + r.width > vis.x + vis.width) {
            x = r.x + r.width / 2 - vis.width / 2;
        }
        scrollToPoint(x, r.y - vis.height / 3);
    }

    /** A page-space rectangle (x, y = lower-left, w, h) in this component's pixels. */
    public Rectangle toView(int page, Rectangle2D pageSpace) {
        PageGeometry g = doc.geometry(page, layout.scale());
        Rectangle2D img = g.toImage(new dev.gloss.workspace.Rect(pageSpace.getMinX(), pageSpace.getMinY(),
                pageSpace.getMaxX(), pageSpace.getMaxY()));
        Rectangle b = layout.bounds(page);
        return new Rectangle((int) Math.floor(b.x + img.getX()), (int) Math.floor(b.y + img.getY()),
                (int) Math.ceil(img.getWidth()), (int) Math.ceil(img.getHeight()));
    }

    /** The page under a point of this component, or 0 when the point is not on a page. */
    public int pageUnder(Point p) {
        return layout.pageAt(p.x, p.y);
    }

    /** The nearest page to a point: in the row whose slot contains its height, the nearer one sideways. */
    public int pageNear(Point p) {
        return Math.max(1, layout.pageNear(p.x, p.y));
    }

    /** A point of this component in the page space of {@code page}. */
    public Point2D toPage(int page, Point p) {
        Rectangle b = layout.bounds(page);
        return doc.geometry(page, layout.scale()).toPage(p.x - b.x, p.y - b.y);
    }

    /** Repaints the part of the column a page occupies. */
    public void repaintPage(int page) {
        if (page >= 1 && page <= doc.pageCount()) {
            repaint(layout.bounds(page));
        }
    }

    private void scrolled() {
        int p = layout.currentPage(getVisibleRect());
        if (p > 0 && p != currentPage) {
            int old = currentPage;
            currentPage = p;
            firePropertyChange(PROP_PAGE, old, p);
        }
    }

    @Override
    public void addNotify() {
        super.addNotify();
        JViewport v = viewport();
        if (v != null) {
            v.addChangeListener(scrollListener);
            v.addComponentListener(resizeListener);
        }
    }

    @Override
    public void removeNotify() {
        JViewport v = viewport();
        if (v != null) {
            v.removeChangeListener(scrollListener);
            v.removeComponentListener(resizeListener);
        }
        super.removeNotify();
    }

    // ---- painting ----

    @Override
    public Dimension getPreferredSize() {
        return isPreferredSizeSet() ? super.getPreferredSize() : layout.size();
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0;
        Rectangle clip = g.getClipBounds();
        if (clip == null) {
            clip = new Rectangle(getSize());
        }
        g.setColor(getBackground());
        g.fillRect(clip.x, clip.y, clip.width, clip.height);
        double dev = g.getTransform().getScaleX();
        if (!snapshotting) {
            deviceScale = dev >= 0.5 && dev <= 8 ? dev : 1;
        }
        int[] range = layout.visible(clip);
        for (int p = range[0]; p <= range[1] && p > 0; p++) {
            paintPage(g, p, clip);
        }
        if (!snapshotting) {
            schedule();
        }
    }

    /**
     * What the view shows in its viewport, without the marks and selections over the pages (they
     * come from the workspace, which a later start may not have read yet when it shows this):
     * an opaque image the size of the visible area, for {@link RasterKeeper}.
     */
    BufferedImage snapshot() {
        Rectangle vis = getVisibleRect();
        BufferedImage img = new BufferedImage(Math.max(1, vis.width), Math.max(1, vis.height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        snapshotting = true;
        try {
            g.translate(-vis.x, -vis.y);
            g.setClip(vis);
            paintComponent(g);
        } finally {
            snapshotting = false;
            g.dispose();
        }
        return img;
    }


    private void paintPage(Graphics2D g, int page, Rectangle clip) {
        Rectangle b = layout.bounds(page);
        g.setColor(new Color(0, 0, 0, 28));
        g.fillRect(b.x - 1, b.y - 1, b.width + 2, b.height + 2);
        g.setColor(new Color(0, 0, 0, 18));
        g.fillRect(b.x, b.y + b.height + 1, b.width, 2);
        g.setColor(doc.pageColors().paper());
        g.fillRect(b.x, b.y, b.width, b.height);
        RenderPlan plan = plan();
        RenderKey key = RenderKey.page(page, plan.renderScale());
        // the marks on a page are drawn with the page: never over a blank one
        boolean drawn = false;
        if (plan.tiled(page)) {
            BufferedImage best = scheduler.cache().best(page);
            if (best != null) {
                PagePainting.stretched(g, best, b);
                drawn = true;
            }
            for (RenderKey tile : plan.tiles(page, clip)) {
                BufferedImage img = scheduler.cached(tile);
                if (img != null) {
                    PagePainting.atDevicePixels(g, img, b.x + tile.tileX() / deviceScale, b.y + tile.tileY() / deviceScale);
                    drawn = true;
                }
            }
        } else {
            BufferedImage img = scheduler.cached(key);
            if (img != null) {
                PagePainting.atDevicePixels(g, img, b.x, b.y);
                drawn = true;
            } else if (scheduler.failed(key)) {
                PagePainting.message(g, getFont(), b, Bundle.MSG_PageFailed());
            } else {
                BufferedImage best = scheduler.cache().best(page);
                if (best != null && best.getWidth() == doc.geometry(page, plan.renderScale()).imageWidth()
                        && best.getHeight() == doc.geometry(page, plan.renderScale()).imageHeight()) {
                    // a kept image of this very size: drawn as a render would be, not resampled
                    PagePainting.atDevicePixels(g, best, b.x, b.y);
                    drawn = true;
                } else if (best != null) {
                    PagePainting.stretched(g, best, b);
                    drawn = true;
                } else {
                    PagePainting.placeholder(g, getFont(), b, doc.label(page));
                }
            }
        }
        if (drawn && !snapshotting) {
            FirstPage.painted(); // the start's background work waits for the first page
        }
        if (drawn && !overlays.isEmpty() && !snapshotting) {
            Graphics2D og = (Graphics2D) g.create(b.x, b.y, b.width, b.height);
            try {
                og.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                PageGeometry geometry = doc.geometry(page, layout.scale());
                for (Overlay o : overlays) {
                    o.paint(og, page, geometry);
                }
            } finally {
                og.dispose();
            }
        }
    }

    /** True when the page has an image to show, of any sharpness. */
    public boolean showsImage(int page) {
        return scheduler.cache().best(page) != null;
    }

    /** True when the page's image at the current zoom and screen is rendered (whole pages only). */
    public boolean showsSharpImage(int page) {
        return scheduler.cached(RenderKey.page(page, plan().renderScale())) != null;
    }

    /** Device pixels per logical pixel of the screen the view was last painted on. */
    double deviceScale() {
        return deviceScale;
    }

    /** What to render for the current layout and screen. */
    RenderPlan plan() {
        return new RenderPlan(doc, layout, deviceScale);
    }

    /**
     * Tells the scheduler what to render: the pages (or tiles) on screen, the current page first,
     * then the next two pages and the previous one.
     */
    void schedule() {
        if (held) {
            return;
        }
        scheduler.want(RenderScheduler.Group.PAGES,
                plan().wanted(getVisibleRect(), currentPage, p -> scheduler.cache().best(p) != null));
    }

    /**
     * Renders nothing until {@link #release}: for a view about to move to a remembered page, so
     * that the pages it shows for a moment before (page 1) are not rendered for nothing, which
     * in a fresh JVM costs seconds.
     */
    public void hold() {
        held = true;
    }

    /** Renders what the view shows from now on. */
    public void release() {
        held = false;
        repaint();
    }

    /** Called when a render is ready: repaints the page if it is on screen. */
    public void rendered(RenderKey key) {
        int[] range = layout.visible(getVisibleRect());
        if (key.page() >= range[0] && key.page() <= range[1]) {
          repaintPage(key.page());
        }
    }

    // ---- Scrollable ----

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return new Dimension(800, 600);
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 48;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        int extent = orientation == SwingConstants.VERTICAL ? visible.height : visible.width;
        return Math.max(48, extent - 48);
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return false;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}
