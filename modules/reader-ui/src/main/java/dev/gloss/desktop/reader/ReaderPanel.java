package dev.gloss.desktop.reader;

import dev.gloss.desktop.reader.annotate.AnnotationEditor;
import dev.gloss.desktop.reader.annotate.AnnotationLayer;
import dev.gloss.desktop.reader.annotate.AnnotationMenus;
import dev.gloss.desktop.reader.annotate.AnnotationModel;
import dev.gloss.desktop.reader.annotate.AnnotationStore;
import dev.gloss.desktop.reader.annotate.AnnotationTools;
import dev.gloss.desktop.reader.annotate.ClipKeys;
import dev.gloss.desktop.reader.annotate.ClipTool;
import dev.gloss.desktop.reader.find.FindBar;
import dev.gloss.desktop.reader.find.FindHitsOverlay;
import dev.gloss.desktop.reader.find.FindModel;
import dev.gloss.desktop.reader.find.FindSelection;
import dev.gloss.desktop.reader.find.FindWiring;
import dev.gloss.desktop.reader.navigate.BackForward;
import dev.gloss.desktop.reader.navigate.CitationLinks;
import dev.gloss.desktop.reader.navigate.LinkHandler;
import dev.gloss.desktop.reader.navigate.NavigationHistory;
import dev.gloss.desktop.reader.navigate.OutlinePanel;
import dev.gloss.desktop.reader.navigate.Previews;
import dev.gloss.desktop.reader.navigate.ReaderKeys;
import dev.gloss.desktop.reader.navigate.Spot;
import dev.gloss.desktop.reader.navigate.ThumbnailPanel;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.render.PageLook;
import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.desktop.reader.render.RasterKeeper;
import dev.gloss.desktop.reader.render.RenderCache;
import dev.gloss.desktop.reader.render.RenderScheduler;
import dev.gloss.desktop.reader.select.PageTexts;
import dev.gloss.desktop.reader.select.SelectionModel;
import dev.gloss.desktop.reader.select.SelectionOverlay;
import dev.gloss.pdf.raster.PageRasters;
import java.awt.BorderLayout;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
import javax.swing.ScrollPaneConstants;
import org.openide.awt.UndoRedo;
import org.openide.util.NbBundle;
import org.openide.util.NbPreferences;

/**
 * A document in the reader: toolbar, side panel (outline and thumbnails), the page column
 * and the find bar, wired together. Owns the document's render threads and closes them and
 * the document when the tab closes.
 */
@NbBundle.Messages({
    "TAB_Outline=Outline",
    "TAB_Pages=Pages",
    "CTL_Copy=Copy",
    "CTL_SelectPage=Select All on This Page"
})
final class ReaderPanel extends JPanel {
    /** The reader's settings (the user's; a test's own). */
    private final Preferences prefs;
    private final OpenDocument doc;
    private final RenderScheduler scheduler;
    private final PageView view;
    private final PageTexts texts;
    private final SelectionModel selection = new SelectionModel();
    private final FindModel find;
    private final FindWiring findWiring;
    private final ReaderToolbar toolbar;
    private final JSplitPane split;
    private final JTabbedPane side = new JTabbedPane();
    private final ThumbnailPanel thumbnails;
    private final OutlinePanel outline;
    /** Headings of outline entries that point at a whole page, found in the page's text: entry to page-space height. */
    private final java.util.Map<dev.gloss.pdf.OutlineItem, Double> foundHeadings = new java.util.IdentityHashMap<>();
    private final List<PopupContributor> popupContributors = new ArrayList<>();
    private final ClipTool clipTool = new ClipTool();
    private final KeyboardSelection keyboardSelection;
    private final ClipKeys clipKeys;
    /** Keeps what is shown on disk for the next opening; null when nothing is kept. */
    private final RasterKeeper keeper;
    /** Follows the page look chosen in Options or on any reader's toolbar (preference events come on their own thread). */
    private final java.util.prefs.PreferenceChangeListener lookListener = e -> {
        if (PageLook.isKey(e.getKey())) {
            javax.swing.SwingUtilities.invokeLater(this::followLook);
        }
    };
    private final BackForward backForward;
    private final CitationLinks citations;
    private final Previews previews;

    /** Adds items to the page context menu. */
    @FunctionalInterface
    interface PopupContributor {
        /** @param page the page clicked (0: off the pages); {@code point} its page-space point, or null */
        void contribute(JPopupMenu menu, int page, java.awt.geom.Point2D point);
    }
    private final AnnotationModel annotations;
    private final AnnotationLayer annotationLayer;
    private final AnnotationEditor editor;
    private final AnnotationStore store;
    private final UndoRedo.Manager undo;
    private final Action copy = new AbstractAction(Bundle.CTL_Copy()) {
        @Override
        public void actionPerformed(ActionEvent e) {
            copy();
        }
    };
    /** The side panel's first width: outline entries of a research paper fit without clipping. */
    static final int SIDEBAR_WIDTH = 240;
    private static final int MIN_SIDEBAR = 150;
    /** The outline opens wide enough for its titles, up to this share of the reader's width. */
    private static final double MAX_SIDEBAR_SHARE = 0.45;
    /** The width the user gave the side panel (dragging its edge), for this tab and the next. */
    private int sidebarWidth;
    /** The width the side panel was given when it showed last. */
    private int shownWidth = -1;

    ReaderPanel(OpenDocument doc) {
        this(doc, new UndoRedo.Manager(), (PageRasters) null);
    }

    ReaderPanel(OpenDocument doc, UndoRedo.Manager undo) {
        this(doc, undo, (PageRasters) null);
    }

    /**
     * @param rasters where the pages shown are kept for the next opening (and where those of the
     *                last one came from); null to keep none
     */
    ReaderPanel(OpenDocument doc, UndoRedo.Manager undo, PageRasters rasters) {
        this(doc, undo, NbPreferences.forModule(ReaderPanel.class), rasters);
    }

    ReaderPanel(OpenDocument doc, UndoRedo.Manager undo, Preferences prefs) {
        this(doc, undo, prefs, null);
    }

    ReaderPanel(OpenDocument doc, UndoRedo.Manager undo, Preferences prefs, PageRasters rasters) {
        super(new BorderLayout());
        this.doc = doc;
        this.prefs = prefs;
        sidebarWidth = prefs.getInt("sidebarWidth", SIDEBAR_WIDTH);
        this.undo = undo;
        ThumbnailPanel[] thumbs = new ThumbnailPanel[1];
        PageView[] views = new PageView[1];
        RasterKeeper[] keepers = new RasterKeeper[1];
        RenderCache cache = new RenderCache(RenderCache.defaultBudget());
        RasterKeeper.seed(doc, cache, PageLook.colors(prefs)); // before the first paint: the pages of last time, until rendered
        scheduler = new RenderScheduler(doc::render, cache, 2, key -> {
            if (views[0] != null) {
                views[0].rendered(key);
            }
            if (thumbs[0] != null) {
                thumbs[0].rendered(key);
            }
            if (keepers[0] != null) {
                keepers[0].changed();
            }
        });
        view = new PageView(doc, scheduler);
        views[0] = view;
        keeper = rasters == null ? null : new RasterKeeper(doc, view, scheduler, rasters,
                () -> getParent() != null ? getParent() : this);
        keepers[0] = keeper;
        doc.setLook(PageLook.colors(prefs), PageLook.linkBorders(prefs));
        view.setSpread(PageLook.spread(prefs));
        texts = new PageTexts(doc);
        find = new FindModel(doc);
        annotations = new AnnotationModel(doc);
        annotationLayer = new AnnotationLayer(view, annotations);
        view.addOverlay(annotationLayer);
        view.addOverlay(FindHitsOverlay.of(find));
        FindSelection findSelection = new FindSelection(find, texts, selection);
        findSelection.install();
        view.addOverlay(SelectionOverlay.of(selection, findSelection::isCurrentHit));
        store = new AnnotationStore(annotations::workspace);
        editor = new AnnotationEditor(selection, texts, annotations, undo, store, prefs);
        LinkHandler links = new LinkHandler(view);
        backForward = new BackForward(view, new NavigationHistory<>());
        citations = new CitationLinks(doc);
        previews = new Previews(view, citations, links, prefs);
        PageMouse mouse = new PageMouse(view, texts, selection, links, this::showPopup,
                (page, p) -> annotations.select(page > 0 && p != null ? annotationLayer.at(page, p) : null));
        mouse.setCitations(citations, previews);
        citations.setOnPageRead(() -> {
            mouse.refresh();
            previewsAhead();
        });
        citations.setOnReady(this::readCitationsInView);
        mouse.setClipTool(clipTool, editor::clip);
        mouse.setTooltips((page, p) -> AnnotationLayer.tooltip(annotationLayer.at(page, p)));
        mouse.install();
        view.addOverlay(clipTool);
        clipTool.addChangeListener(e -> view.setCursor(clipTool.active()
                ? java.awt.Cursor.getPredefinedCursor(java.awt.Cursor.CROSSHAIR_CURSOR) : java.awt.Cursor.getDefaultCursor()));
        ReaderKeys.install(view);
        keyboardSelection = new KeyboardSelection(view, texts, selection);
        keyboardSelection.install();
        AnnotationMenus menus = new AnnotationMenus(editor, selection, annotations);
        menus.installKeys(view, clipTool);
        // after the keys it shares: arrows work the clip frame while it shows
        clipKeys = new ClipKeys(view, clipTool, editor::clip);
        clipKeys.install();
        addPopupContributor(keyboardSelection::contribute);
        addPopupContributor(menus::contribute);

        JScrollPane scroll = new JScrollPane(view, ScrollPaneConstants.VERTICAL_SCROLLBAR_ALWAYS,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getViewport().setBackground(view.getBackground());
        if (keeper != null) {
            scroll.getViewport().addChangeListener(e -> keeper.changed());
        }

        thumbnails = new ThumbnailPanel(doc, scheduler, p -> view.jump(() -> view.goToPage(p)));
        thumbs[0] = thumbnails;
        // a heading's entry lands at the heading (a jump Back returns from)
        outline = new OutlinePanel(doc.outline(), item -> view.jump(() -> goToHeading(item)));
        // the outline marks the section being read as the pages scroll (a pause, not every pixel)
        javax.swing.Timer follow = new javax.swing.Timer(60, e -> outline.follow(
                item -> view.columnY(item.page(), headingTop(item)), view.readingLine()));
        follow.setRepeats(false);
        scroll.getViewport().addChangeListener(e -> follow.restart());
        side.addTab(Bundle.TAB_Outline(), outline);
        side.addTab(Bundle.TAB_Pages(), thumbnails);
        side.setSelectedIndex(doc.outline().isEmpty() ? 1 : 0);
        // both tabs in sight: a narrow side must never hide Pages behind a scroll arrow
        side.setTabLayoutPolicy(JTabbedPane.WRAP_TAB_LAYOUT);
        side.setMinimumSize(new java.awt.Dimension(MIN_SIDEBAR, 0));
        side.addChangeListener(e -> thumbnails.schedule());
        split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, side, scroll);
        split.setBorder(BorderFactory.createEmptyBorder());
        split.setContinuousLayout(true);
        split.setResizeWeight(0);
        split.addPropertyChangeListener(JSplitPane.DIVIDER_LOCATION_PROPERTY, e -> {
            int at = split.getDividerLocation();
            if (side.isVisible() && split.getWidth() > 0 && at >= MIN_SIDEBAR && at != shownWidth) {
                sidebarWidth = at; // the width the user dragged it to, for this tab and the next
                shownWidth = at;
                prefs.putInt("sidebarWidth", at);
            }
        });

        findWiring = new FindWiring(find, view, selection, this::revalidate);
        toolbar = new ReaderToolbar(view, backForward, this::toggleSidebar, findWiring::open);
        toolbar.addLookToggles(() -> prefs.putBoolean(PageLook.SPREAD, !view.spread()), () -> PageLook.toggleColors(prefs));
        toolbar.addTools(new AnnotationTools(editor, selection, clipTool));
        toolbar.showLook(view.spread(), doc.pageColors());
        prefs.addPreferenceChangeListener(lookListener);

        add(toolbar, BorderLayout.NORTH);
        add(split, BorderLayout.CENTER);
        add(findWiring.bar(), BorderLayout.SOUTH);
        showSidebar(prefs.getBoolean(ReaderOptions.SIDEBAR, false));

        copy.setEnabled(false);
        selection.addChangeListener(e -> {
            copy.setEnabled(!selection.isEmpty());
            view.repaint();
        });
        view.addPropertyChangeListener(PageView.PROP_SCALE, e -> previewsAhead());
        view.addHierarchyListener(e -> { // a tab brought to the front draws ahead what it skipped while hidden
            if ((e.getChangeFlags() & java.awt.event.HierarchyEvent.SHOWING_CHANGED) != 0 && view.isShowing()) {
                previewsAhead();
            }
        });
        view.addPropertyChangeListener(PageView.PROP_PAGE, e -> {
            thumbnails.follow(view.currentPage());
            readCitationsInView();
            previewsAhead();
        });
        PanelKeys.install(this, view, findWiring, copy, undo);
        backForward.install(this);
        citations.start();
    }

    /** Asks for the markers of the pages in view and their neighbours, so hovering finds them at once. */
    private void readCitationsInView() {
        int p = view.currentPage();
        for (int q = Math.max(1, p - 1); q <= Math.min(doc.pageCount(), p + 2); q++) {
            citations.page(q);
        }
    }

    /** Draws ahead the pages the markers in view lead to, once those pages' markers are known. */
    private void previewsAhead() {
        List<dev.gloss.pdf.Citation> markers = new ArrayList<>();
        int p = view.currentPage();
        for (int q = p; q <= Math.min(doc.pageCount(), p + 1); q++) {
            List<dev.gloss.pdf.Citation> cs = citations.page(q);
            if (cs != null) {
                markers.addAll(cs);
            }
        }
        previews.drawAhead(markers);
    }

    /** Back and Forward of this tab (its history is in the tab's Lookup). */
    BackForward backForward() {
        return backForward;
    }

    NavigationHistory<Spot> history() {
        return backForward.history();
    }

    /** The paper's citations and cross-references, read in the background. */
    CitationLinks citations() {
        return citations;
    }

    /** The previews on hover. */
    Previews previews() {
        return previews;
    }

    PageView view() {
        return view;
    }

    OpenDocument document() {
        return doc;
    }

    SelectionModel selection() {
        return selection;
    }

    FindModel find() {
        return find;
    }

    FindBar findBar() {
        return findWiring.bar();
    }

    PageTexts texts() {
        return texts;
    }

    /** The annotations of the paper shown and the one selected (in the tab's lookup). */
    AnnotationModel annotations() {
        return annotations;
    }

    /** What draws them over the pages and finds the one under a point. */
    AnnotationLayer annotationLayer() {
        return annotationLayer;
    }

    AnnotationEditor editor() {
        return editor;
    }

    ClipTool clipTool() {
        return clipTool;
    }

    KeyboardSelection keyboardSelection() {
        return keyboardSelection;
    }

    ClipKeys clipKeys() {
        return clipKeys;
    }

    AnnotationStore store() {
        return store;
    }

    /** Goes to {@code page} and finds {@code text} from there, as the find bar would. */
    void findFrom(String text, int page) {
        findWiring.findFrom(text, page);
    }

    /** Opens the find bar with the selected text. */
    void openFind() {
        findWiring.open();
    }

    /** The copy action (enabled when text is selected), for the window's action map. */
    Action copyAction() {
        return copy;
    }

    /** Lets another part of the reader add items to the page context menu (page 0: off the pages). */
    void addPopupContributor(PopupContributor contributor) {
        popupContributors.add(contributor);
    }

    // ---- selection and copy ----

    void copy() {
        if (!selection.isEmpty()) {
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(selection.text()), null);
        }
    }

    private void selectPage(int page) {
        texts.load(page, () -> {
            var t = texts.get(page);
            if (t != null && !t.text().isEmpty()) {
                var r = new dev.gloss.pdf.TextRange(0, t.text().length());
                selection.set(List.of(new SelectionModel.Segment(page, r, t.text(), t.quads(0, r.end()))));
            }
        });
    }

    private void showPopup(MouseEvent e, int page) {
        JPopupMenu menu = new JPopupMenu();
        JMenuItem c = new JMenuItem(copy);
        c.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_C, InputEvent.CTRL_DOWN_MASK));
        menu.add(c);
        if (page > 0) {
            JMenuItem all = new JMenuItem(Bundle.CTL_SelectPage());
            all.addActionListener(a -> selectPage(page));
            menu.add(all);
        }
        java.awt.geom.Point2D point = page > 0 ? view.toPage(page, e.getPoint()) : null;
        for (PopupContributor contributor : popupContributors) {
            contributor.contribute(menu, page, point);
        }
        menu.show(e.getComponent(), e.getX(), e.getY());
    }

    // ---- side panel ----

    private void toggleSidebar() {
        showSidebar(split.getLeftComponent() == null || !side.isVisible());
    }

    private void showSidebar(boolean shown) {
        side.setVisible(shown);
        split.setDividerSize(shown ? 5 : 0);
        if (shown) {
            // the outline opens wide enough for its titles (up to a share of the reader), else
            // as wide as the user made it
            int cap = getWidth() > 0 ? (int) (getWidth() * MAX_SIDEBAR_SHARE) : 420;
            shownWidth = Math.max(sidebarWidth, Math.min(outline.titlesWidth(), cap));
            // the split pane gives the side its preferred width when it lays out (a divider
            // location set before the pane has its size is lost, leaving the side narrow)
            side.setPreferredSize(new java.awt.Dimension(shownWidth, 0));
            split.resetToPreferredSizes();
        }
        toolbar.setSidebarSelected(shown);
        prefs.putBoolean(ReaderOptions.SIDEBAR, shown);
        thumbnails.schedule();
    }

    /**
     * Draws the pages again without the file's own markup, when a plain PDF became a paper (Add
     * to Library) while open: from now on its marks are the workspace's, drawn by the layer.
     */
    void hideFileMarkup() {
        if (doc.fileMarkupHidden()) {
            return;
        }
        doc.hideFileMarkup();
        redraw();
    }

    /** Shows the page look the preferences hold now: colours, link borders, one or two pages to a row. */
    private void followLook() {
        var colors = PageLook.colors(prefs);
        boolean borders = PageLook.linkBorders(prefs);
        if (colors != doc.pageColors() || borders != doc.linkBordersDrawn()) {
            doc.setLook(colors, borders);
            redraw();
        }
        view.setSpread(PageLook.spread(prefs));
        toolbar.showLook(view.spread(), colors);
    }

    /** Forgets every page image (drawn another way from now on) and paints again. */
    private void redraw() {
        scheduler.invalidate();
        view.repaint();
        thumbnails.repaint();
    }

    /**
     * Goes to an outline entry's heading: the height its bookmark points at, or, for one that
     * points at a whole page, where its title stands on the page (found in the page's text, once).
     */
    private void goToHeading(dev.gloss.pdf.OutlineItem item) {
        int page = item.page();
        if (!Double.isNaN(item.top())) {
            view.goTo(page, item.top());
            return;
        }
        Double found = foundHeadings.get(item);
        if (found != null) {
            view.goTo(page, found);
            return;
        }
        view.goToPage(page);
        if (item.title().isBlank()) {
            return;
        }
        int at = view.getVisibleRect().y;
        texts.load(page, () -> {
            var text = texts.get(page);
            var hits = text == null ? List.<dev.gloss.pdf.TextRange>of() : text.find(item.title());
            if (!hits.isEmpty()) {
                var quads = text.quads(hits.get(0).start(), hits.get(0).end());
                if (!quads.isEmpty()) {
                    double y = quads.get(0).maxY() + 4; // a little above the title's top
                    foundHeadings.put(item, y);
                    if (view.getVisibleRect().y == at) { // the reader has not moved on meanwhile
                        view.goTo(page, y);
                    }
                }
            }
        });
    }

    /** The height an outline entry's heading is at: its own, found in the text, or NaN (its page's top). */
    private double headingTop(dev.gloss.pdf.OutlineItem item) {
        Double found = Double.isNaN(item.top()) ? foundHeadings.get(item) : null;
        return found != null ? found : item.top();
    }

    OutlinePanel outline() {
        return outline;
    }

    JSplitPane split() {
        return split;
    }

    ReaderToolbar toolbar() {
        return toolbar;
    }

    /** Stops rendering and closes the document (in the background: renders in progress finish). */
    void close() {
        if (keeper != null) {
            keeper.close();
        }
        prefs.removePreferenceChangeListener(lookListener);
        previews.dispose();
        citations.close();
        annotations.detach();
        annotationLayer.stop();
        scheduler.close();
        find.clear();
        org.openide.util.RequestProcessor.getDefault().post(doc::close);
    }
}
