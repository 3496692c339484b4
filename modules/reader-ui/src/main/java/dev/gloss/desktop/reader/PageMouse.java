package dev.gloss.desktop.reader;

import dev.gloss.desktop.reader.annotate.ClipTool;
import dev.gloss.desktop.reader.navigate.CitationLinks;
import dev.gloss.desktop.reader.navigate.LinkHandler;
import dev.gloss.desktop.reader.navigate.Previews;
import dev.gloss.pdf.Citation;
import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.desktop.reader.select.PageTexts;
import dev.gloss.desktop.reader.select.SelectionModel;
import dev.gloss.pdf.PageGeometry;
import dev.gloss.pdf.PageText;
import dev.gloss.pdf.PdfLink;
import dev.gloss.pdf.TextRange;
import dev.gloss.workspace.Rect;
import java.awt.Cursor;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;

/**
 * The mouse on the pages: drag to select text in reading order (across pages too),
 * double-click a word, triple-click a line, click a link or a citation the text gives (a paper
 * without links), rest on either for its preview, right-click for the context menu, Ctrl+wheel
 * to zoom at the pointer.
 */
final class PageMouse extends MouseAdapter {
    private final PageView view;
    private final PageTexts texts;
    private final SelectionModel selection;
    private final LinkHandler links;
    private final BiConsumer<MouseEvent, Integer> popup;
    private final BiConsumer<Integer, Point2D> pointed;
    private ClipTool clip;
    private java.util.function.BiFunction<Integer, Point2D, String> tips = (page, p) -> null;
    private BiConsumer<Integer, Rect> clipped;
    private int anchorPage;
    private Point2D anchor;
    private int focusPage;
    private Point2D focus;
    private boolean dragging;
    private PdfLink pressedLink;
    private Citation pressedCitation;
    private CitationLinks citations;
    private Previews previews;

    /**
     * @param popup   shows the context menu for an event on a page (0 when not on a page)
     * @param pointed told where a button went down, before anything else happens: the page (0
     *                when not on a page) and the page-space point (to select an annotation)
     */
    PageMouse(PageView view, PageTexts texts, SelectionModel selection, LinkHandler links,
            BiConsumer<MouseEvent, Integer> popup, BiConsumer<Integer, Point2D> pointed) {
        this.view = view;
        this.texts = texts;
        this.selection = selection;
        this.links = links;
        this.popup = popup;
        this.pointed = pointed;
    }

    /** Gives the tooltip for a page-space point that is not a link (an annotation's note), or null. */
    void setTooltips(java.util.function.BiFunction<Integer, Point2D, String> tooltips) {
        tips = tooltips;
    }

    /** Lets {@code tool}, while it is on, turn drags into area clips handed to {@code done}. */
    void setClipTool(ClipTool tool, BiConsumer<Integer, Rect> done) {
        clip = tool;
        clipped = done;
    }

    /** Makes the markers the text gives clickable like links, and tells the previews where the pointer rests. */
    void setCitations(CitationLinks citations, Previews previews) {
        this.citations = citations;
        this.previews = previews;
    }

    /** The first marker found only in the text at a point (a link covers the others), or null. */
    private Citation textCitationAt(int page, Point2D p) {
        if (citations == null) {
            return null;
        }
        for (Citation c : citations.at(page, p)) {
            if (c.source() == Citation.Source.TEXT) {
                return c;
            }
        }
        return null;
    }

    /** The pointer's last place on the pages, to look again when what is under it becomes known. */
    private MouseEvent lastMove;

    /** Looks again at what is under the pointer (a page's markers were just read). */
    void refresh() {
        if (lastMove != null && view.isShowing()) {
            mouseMoved(lastMove);
        }
    }

    void install() {
        view.addMouseListener(this);
        view.addMouseMotionListener(this);
        view.addMouseWheelListener(this);
    }

    @Override
    public void mousePressed(MouseEvent e) {
        view.requestFocusInWindow();
        int under = view.pageUnder(e.getPoint());
        if (e.getClickCount() == 1 && (SwingUtilities.isLeftMouseButton(e) || e.isPopupTrigger())) {
            pointed.accept(under, under > 0 ? view.toPage(under, e.getPoint()) : null);
        }
        if (e.isPopupTrigger()) {
            showPopup(e);
            return;
        }
        if (!SwingUtilities.isLeftMouseButton(e)) {
            return;
        }
        int page = view.pageNear(e.getPoint());
        Point2D p = view.toPage(page, e.getPoint());
        dragging = false;
        if (clip != null && clip.active()) {
            clip.begin(page, p);
            return;
        }
        if (e.getClickCount() == 2 || e.getClickCount() >= 3) {
            boolean line = e.getClickCount() >= 3;
            selectUnit(page, p, line);
            return;
        }
        if (e.isShiftDown() && anchor != null) {
            focusPage = page;
            focus = p;
            updateSelection();
            return;
        }
        anchorPage = page;
        anchor = p;
        focus = null;
        pressedLink = view.pageUnder(e.getPoint()) > 0 ? links.linkAt(page, p) : null;
        pressedCitation = pressedLink == null && view.pageUnder(e.getPoint()) > 0 ? textCitationAt(page, p) : null;
        selection.clear();
        texts.load(page, null);
    }

    @Override
    public void mouseDragged(MouseEvent e) {
        if (SwingUtilities.isLeftMouseButton(e) && clip != null && clip.page() > 0) {
            clip.drag(view.toPage(clip.page(), e.getPoint()));
            view.repaintPage(clip.page());
            view.scrollRectToVisible(new Rectangle(e.getX(), e.getY(), 1, 1));
            return;
        }
        if (!SwingUtilities.isLeftMouseButton(e) || anchor == null) {
            return;
        }
        dragging = true;
        focusPage = view.pageNear(e.getPoint());
        focus = view.toPage(focusPage, e.getPoint());
        updateSelection();
        view.scrollRectToVisible(new Rectangle(e.getX(), e.getY(), 1, 1));
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        if (e.isPopupTrigger()) {
            int under = view.pageUnder(e.getPoint());
            pointed.accept(under, under > 0 ? view.toPage(under, e.getPoint()) : null);
            showPopup(e);
            return;
        }
        if (SwingUtilities.isLeftMouseButton(e) && clip != null && clip.page() > 0) {
            int page = clip.page();
            Rect r = clip.finish();
            view.repaintPage(page);
            if (r != null) {
                clipped.accept(page, r);
            }
            return;
        }
        if (SwingUtilities.isLeftMouseButton(e) && !dragging && pressedLink != null && e.getClickCount() == 1) {
            int page = view.pageUnder(e.getPoint());
            PdfLink now = page > 0 ? links.linkAt(page, view.toPage(page, e.getPoint())) : null;
            if (now == pressedLink) {
                if (previews != null) {
                    previews.close();
                }
                links.follow(now);
            }
        }
        if (SwingUtilities.isLeftMouseButton(e) && !dragging && pressedCitation != null && e.getClickCount() == 1) {
            int page = view.pageUnder(e.getPoint());
            Citation now = page > 0 ? textCitationAt(page, view.toPage(page, e.getPoint())) : null;
            if (now != null && now.equals(pressedCitation)) {
                previews.follow(now);
            }
        }
        pressedLink = null;
        pressedCitation = null;
        dragging = false;
    }

    @Override
    public void mouseMoved(MouseEvent e) {
        lastMove = e;
        int page = view.pageUnder(e.getPoint());
        Cursor cursor = Cursor.getDefaultCursor();
        String tip = null;
        if (clip != null && clip.active()) {
            cursor = Cursor.getPredefinedCursor(Cursor.CROSSHAIR_CURSOR);
        } else if (page > 0) {
            Point2D p = view.toPage(page, e.getPoint());
            PdfLink link = links.linkAt(page, p);
            List<Citation> under = citations == null ? List.of() : citations.at(page, p);
            boolean previewed = previews != null && previews.enabled();
            if (previews != null) {
                previews.hover(link != null && link.external() ? List.of() : under, e.getPoint());
            }
            Citation text = link == null ? textCitationAt(page, p) : null;
            if (link != null) {
                cursor = Cursor.getPredefinedCursor(Cursor.HAND_CURSOR);
                // an internal link shows its preview instead, when previews are on and it leads somewhere known
                tip = previewed && !link.external() && !under.isEmpty() ? null : links.describe(link);
            } else if (text != null) {
                cursor = Cursor.getPredefinedCursor(Cursor.HAND_CURSOR);
                tip = previewed ? null : links.describe(new PdfLink(text.area(), text.target().page(), text.target().top(), null));
            } else {
                tip = tips.apply(page, p);
                PageText t = texts.get(page);
                if (t == null) {
                    texts.load(page, null);
                } else if (t.wordAt(p.getX(), p.getY()) != null) {
                    cursor = Cursor.getPredefinedCursor(Cursor.TEXT_CURSOR);
                }
            }
        }
        if (page <= 0 && previews != null) {
            previews.hover(List.of(), e.getPoint());
        }
        if (view.getCursor() != cursor) {
            view.setCursor(cursor);
        }
        view.setToolTipText(tip);
    }

    @Override
    public void mouseExited(MouseEvent e) {
        lastMove = null;
        if (previews != null) {
            previews.exited();
        }
    }

    @Override
    public void mouseWheelMoved(MouseWheelEvent e) {
        if (e.isControlDown()) {
            Point inViewport = SwingUtilities.convertPoint(view, e.getPoint(), view.getParent());
            double r = e.getPreciseWheelRotation();
            if (r != 0) {
                view.zoomStep(r < 0, inViewport);
            }
            e.consume();
            return;
        }
        // not for us: let the scroll pane scroll
        JScrollPane sp = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, view);
        if (sp != null) {
            sp.dispatchEvent(SwingUtilities.convertMouseEvent(view, e, sp));
        }
    }

    private void showPopup(MouseEvent e) {
        int page = view.pageUnder(e.getPoint());
        popup.accept(e, page);
    }

    private void selectUnit(int page, Point2D p, boolean line) {
        PageText t = texts.get(page);
        if (t == null) {
            texts.load(page, () -> selectUnit(page, p, line));
            return;
        }
        TextRange r = line ? t.lineAt(p.getX(), p.getY()) : t.wordAt(p.getX(), p.getY());
        if (r != null && !r.isEmpty()) {
            selection.set(List.of(segment(t, r)));
        }
    }

    /** Recomputes the selection from the anchor to the focus; pages without text yet are loaded first. */
    private void updateSelection() {
        if (anchor == null || focus == null) {
            return;
        }
        boolean forward = focusPage > anchorPage || focusPage == anchorPage;
        int first = forward ? anchorPage : focusPage;
        int last = forward ? focusPage : anchorPage;
        Point2D from = forward ? anchor : focus;
        Point2D to = forward ? focus : anchor;
        for (int p = first; p <= last; p++) {
            if (texts.get(p) == null) {
                texts.load(p, this::updateSelection);
                return;
            }
        }
        List<SelectionModel.Segment> segments = new ArrayList<>();
        if (first == last) {
            PageText t = texts.get(first);
            TextRange r = t.select(from.getX(), from.getY(), to.getX(), to.getY());
            if (r != null) {
                segments.add(segment(t, r));
            }
        } else {
            for (int p = first; p <= last; p++) {
                PageText t = texts.get(p);
                int len = t.text().length();
                TextRange r;
                if (p == first) {
                    Point2D end = corner(p, false);
                    TextRange s = t.select(from.getX(), from.getY(), end.getX(), end.getY());
                    r = s == null ? null : new TextRange(s.start(), len);
                } else if (p == last) {
                    Point2D start = corner(p, true);
                    TextRange s = t.select(start.getX(), start.getY(), to.getX(), to.getY());
                    r = s == null ? null : new TextRange(0, s.end());
                } else {
                    r = new TextRange(0, len);
                }
                if (r != null && !r.isEmpty()) {
                    segments.add(segment(t, r));
                }
            }
        }
        selection.set(segments);
    }

    /** The page-space point of the page's top-left (or bottom-right) corner as displayed. */
    private Point2D corner(int page, boolean topLeft) {
        PageGeometry g = view.document().geometry(page, 1);
        return topLeft ? g.toPage(0, 0) : g.toPage(g.imageWidth(), g.imageHeight());
    }

    private static SelectionModel.Segment segment(PageText t, TextRange r) {
        return new SelectionModel.Segment(t.page(), r, t.slice(r), t.quads(r.start(), r.end()));
    }
}
