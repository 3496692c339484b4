package dev.gloss.desktop.annotations;

import dev.gloss.workspace.Annotation;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.ListSelectionModel;
import javax.swing.SizeSequence;
import javax.swing.SwingUtilities;
import javax.swing.table.AbstractTableModel;

/**
 * The rows of the annotation view in a one-column table with per-row heights. Replacing the
 * rows keeps the selection (by annotation id) and the scroll position (the row at the top of the
 * viewport stays where it was), so live updates do not disturb the user.
 * <p>
 * Row heights are set in one go: JTable's {@code setRowHeight(row, h)} revalidates the table on
 * every call, which for 17,000 rows cost more than measuring them, so the table keeps its own
 * {@link SizeSequence} (built in one pass) and answers {@link #getRowHeight(int)},
 * {@link #rowAtPoint} and {@link #getCellRect} from it. How many lines each quote wraps to is
 * measured once per annotation and width, so filtering as the user types measures nothing.
 * <p>
 * In a viewport, quotes not measured yet are not measured all at once: their rows get a height
 * guessed from the quote's length, the rows about to be painted are measured first (so what is
 * on screen is always exact), and the rest in small steps on the event thread afterwards, the
 * rows above the viewport moving it by as much as they change so nothing on screen jumps. The
 * first open of 10,000 annotations then measures a screenful instead of every quote.
 */
final class RowTable extends JTable {
    private final Rows rows = new Rows();
    private final RowRenderer renderer = new RowRenderer();
    /** Row index by annotation id (no key strings to build), made when first asked for. */
    private Map<String, Integer> annotationIndex;
    /** Row index of paper and group headers by {@link Row#key()}, made when first asked for. */
    private Map<String, Integer> headerIndex;
    private boolean restoring;
    private boolean showDates;
    private int heightsWidth = -1;
    /** Every row's height when they differ, else null (then all rows are {@link #getRowHeight()} high). */
    private SizeSequence heights;
    private final RowRenderer.LineCache lines = new RowRenderer.LineCache();
    /** Rows whose height is still a guess (quote not measured), or null when every height is exact. */
    private BitSet guessed;
    /** The metrics the heights were computed with (for measuring guessed rows later). */
    private RowRenderer.Metrics metrics;
    /** Bumped whenever the heights are recomputed, so that a pending refinement of older ones stops. */
    private int generation;
    /** Rows measured per step of the background refinement (a few milliseconds each). */
    private static final int STEP = 1500;

    RowTable() {
        setModel(rows);
        setTableHeader(null);
        setShowGrid(false);
        setIntercellSpacing(new Dimension(0, 0));
        setFillsViewportHeight(true);
        setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        setDefaultRenderer(Object.class, renderer);
        putClientProperty("JTable.autoStartsEdit", Boolean.FALSE);
        // quotes wrap to the width: when it changes, rows may need another height
        addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                if (getWidth() != heightsWidth && !rows.list.isEmpty()) {
                    applyHeights(showDates);
                }
            }
        });
    }

    /**
     * A press on a row that is not selected selects it before the table's own handling. Swing
     * starts a drag in a multiple-selection table only from a cell that is already selected (from
     * any other it drags a selection instead), so a highlight dragged straight into the composer
     * moved nothing unless it had been clicked first: two drags in three failed. Shift and Ctrl
     * clicks keep extending and toggling the selection as before.
     */
    @Override
    protected void processMouseEvent(java.awt.event.MouseEvent e) {
        if (e.getID() == java.awt.event.MouseEvent.MOUSE_PRESSED && javax.swing.SwingUtilities.isLeftMouseButton(e)
                && !e.isShiftDown() && !e.isControlDown() && !e.isMetaDown() && getDragEnabled()) {
            int row = rowAtPoint(e.getPoint());
            if (row >= 0 && !isRowSelected(row)) {
                changeSelection(row, Math.max(0, columnAtPoint(e.getPoint())), false, false);
            }
        }
        super.processMouseEvent(e);
    }

    /** The width rows are laid out for: the table's, or its viewport's before it is shown. */
    private int layoutWidth() {
        if (getWidth() > 0) {
            return getWidth();
        }
        return getParent() instanceof JViewport v && v.getWidth() > 0 ? v.getWidth() : 320;
    }

    /** True while {@link #setRows} puts the old selection back (listeners can ignore it). */
    boolean isRestoring() {
        return restoring;
    }

    Row rowAt(int i) {
        return i >= 0 && i < rows.list.size() ? rows.list.get(i) : null;
    }

    List<Row> rows() {
        return rows.list;
    }

    /** Index of the row with this {@link Row#key()}, or -1. */
    int indexOf(String key) {
        if (key.startsWith("a:")) {
            if (annotationIndex == null) {
                Map<String, Integer> idx = new HashMap<>(rows.list.size() * 2);
                for (int i = 0; i < rows.list.size(); i++) {
                    if (rows.list.get(i) instanceof Row.AnnotationRow a) {
                        idx.put(a.annotation().id(), i);
                    }
                }
                annotationIndex = idx;
            }
            Integer i = annotationIndex.get(key.substring(2));
            return i == null ? -1 : i;
        }
        if (headerIndex == null) {
            Map<String, Integer> idx = new HashMap<>();
            for (int i = 0; i < rows.list.size(); i++) {
                if (!(rows.list.get(i) instanceof Row.AnnotationRow)) {
                    idx.put(rows.list.get(i).key(), i);
                }
            }
            headerIndex = idx;
        }
        Integer i = headerIndex.get(key);
        return i == null ? -1 : i;
    }

    /** Replaces the rows, keeping the selection and the scroll position where the rows still exist. */
    void setRows(List<Row> newRows, boolean showDates) {
        Set<String> selected = new HashSet<>();
        for (int i : getSelectedRows()) {
            selected.add(rows.list.get(i).key());
        }
        Row lead = rowAt(getSelectionModel().getLeadSelectionIndex());
        JViewport vp = getParent() instanceof JViewport v ? v : null;
        String anchorKey = null;
        int anchorOffset = 0;
        int oldY = 0;
        if (vp != null && !rows.list.isEmpty()) {
            oldY = vp.getViewPosition().y;
            int top = rowAtPoint(new Point(0, oldY));
            if (top >= 0) {
                anchorKey = rows.list.get(top).key();
                anchorOffset = oldY - getCellRect(top, 0, true).y;
            }
        }
        restoring = true;
        try {
            rows.list = newRows;
            annotationIndex = null;
            headerIndex = null;
            renderer.setShowDates(showDates);
            this.showDates = showDates;
            heights = null;
            guessed = null;
            rows.fireTableDataChanged();
            applyHeights(showDates);
            ListSelectionModel sm = getSelectionModel();
            sm.setValueIsAdjusting(true);
            sm.clearSelection();
            for (String key : selected) {
                int i = indexOf(key);
                if (i >= 0) {
                    sm.addSelectionInterval(i, i);
                }
            }
            int leadIndex = lead == null ? -1 : indexOf(lead.key());
            if (leadIndex >= 0 && sm.isSelectedIndex(leadIndex)) {
                sm.addSelectionInterval(leadIndex, leadIndex);
            }
            sm.setValueIsAdjusting(false);
        } finally {
            restoring = false;
        }
        if (vp != null) {
            int anchor = anchorKey == null ? -1 : indexOf(anchorKey);
            int y = anchor >= 0 ? getCellRect(anchor, 0, true).y + anchorOffset : oldY;
            int max = Math.max(0, getPreferredSize().height - vp.getExtentSize().height);
            vp.setViewPosition(new Point(0, Math.max(0, Math.min(y, max))));
        }
    }

    private void applyHeights(boolean showDates) {
        List<Row> list = rows.list;
        generation++;
        guessed = null;
        if (list.isEmpty()) {
            heights = null;
            return;
        }
        int width = layoutWidth();
        heightsWidth = width;
        int[] h = new int[list.size()];
        RowRenderer.Metrics m = new RowRenderer.Metrics(this, getFont(), width, lines);
        metrics = m;
        // with a visible area, quotes not measured yet get a guessed height (refined below); else all exact
        boolean lazy = getParent() instanceof JViewport v && v.getHeight() > 0;
        BitSet guesses = new BitSet();
        boolean uniform = true;
        for (int i = 0; i < h.length; i++) {
            Row r = list.get(i);
            if (lazy && r instanceof Row.AnnotationRow a) {
                int known = m.knownQuoteLines(a.annotation());
                if (known < 0) {
                    guesses.set(i);
                    known = m.guessQuoteLines(a.annotation());
                }
                h[i] = RowRenderer.heightOf(r, m, showDates, known);
            } else {
                h[i] = RowRenderer.heightOf(r, m, showDates);
            }
            uniform &= h[i] == h[0];
        }
        lines.retainAtMost(Math.max(4 * h.length, 50_000));
        heights = uniform && guesses.isEmpty() ? null : new SizeSequence(h);
        // the default height, for the uniform case and for the renderer's own sizing
        if (getRowHeight() != h[0]) {
            setRowHeight(h[0]);
        }
        if (!guesses.isEmpty()) {
            guessed = guesses;
            int gen = generation;
            SwingUtilities.invokeLater(() -> refineStep(gen, 0));
        }
        revalidate();
        repaint();
    }

    /** Whether some rows still have a guessed height (for tests and the benchmark). */
    boolean hasGuessedHeights() {
        return guessed != null;
    }

    /** Measures the guessed rows on screen (and a little below) before they are painted; true if a height changed. */
    private boolean measureVisible() {
        BitSet g = guessed;
        Rectangle vis = getVisibleRect();
        if (g == null || heights == null || vis.height <= 0) {
            return false;
        }
        int first = rowAtPoint(new Point(0, vis.y));
        boolean changed = false;
        // rows at and below the top one only: the top row keeps its place, so nothing on screen jumps
        for (int i = Math.max(0, first); i < getRowCount() && heights.getPosition(i) < vis.y + 2 * vis.height; i++) {
            if (g.get(i)) {
                changed |= measure(i);
            }
        }
        return changed;
    }

    /** Replaces row {@code i}'s guessed height by its measured one; true if it changed. */
    private boolean measure(int i) {
        guessed.clear(i);
        int h = RowRenderer.heightOf(rows.list.get(i), metrics, showDates);
        if (h == heights.getSize(i)) {
            return false;
        }
        heights.setSize(i, h);
        return true;
    }

    /** Measures the next guessed rows after {@code from}; rows above the viewport move it by their change. */
    private void refineStep(int gen, int from) {
        if (gen != generation || guessed == null) {
            return;
        }
        boolean onScreen = measureVisible();
        JViewport vp = getParent() instanceof JViewport v ? v : null;
        int top = vp == null ? 0 : vp.getViewPosition().y;
        int anchor = top > 0 ? rowAtPoint(new Point(0, top)) : 0;
        int above = 0;
        boolean changed = false;
        int end = Math.min(getRowCount(), from + STEP);
        for (int i = guessed.nextSetBit(from); i >= 0 && i < end; i = guessed.nextSetBit(i + 1)) {
            int before = heights.getSize(i);
            if (measure(i)) {
                changed = true;
                if (i < anchor) {
                    above += heights.getSize(i) - before;
                }
            }
        }
        if (changed || onScreen) {
            if (vp != null && above != 0) {
                // the rows above what is shown changed: follow them at once, before any paint, and
                // without the viewport's blit (which would copy the unchanged picture as if scrolled)
                setSize(getWidth(), Math.max(getPreferredSize().height, vp.getExtentSize().height));
                int mode = vp.getScrollMode();
                vp.setScrollMode(JViewport.SIMPLE_SCROLL_MODE);
                vp.setViewPosition(new Point(vp.getViewPosition().x, Math.max(0, top + above)));
                vp.setScrollMode(mode);
            }
            revalidate();
            if (onScreen) {
                repaint();
            }
        }
        if (guessed.nextSetBit(end) >= 0) {
            SwingUtilities.invokeLater(() -> refineStep(gen, end));
        } else {
            guessed = null;
        }
    }

    @Override
    protected void paintComponent(java.awt.Graphics g) {
        if (guessed != null && measureVisible()) {
            // rows below the top one moved: paint the whole visible area again, with the table's new length
            revalidate();
            repaint();
        }
        super.paintComponent(g);
    }

    @Override
    public int getRowHeight(int row) {
        SizeSequence h = heights;
        return h == null || row < 0 || row >= getRowCount() ? super.getRowHeight(row) : h.getSize(row);
    }

    @Override
    public int rowAtPoint(Point p) {
        SizeSequence h = heights;
        if (h == null) {
            return super.rowAtPoint(p);
        }
        if (p.y < 0) {
            return -1;
        }
        int r = h.getIndex(p.y);
        return r < getRowCount() ? r : -1;
    }

    @Override
    public Rectangle getCellRect(int row, int column, boolean includeSpacing) {
        Rectangle r = super.getCellRect(row, column, includeSpacing);
        SizeSequence h = heights;
        if (h != null && row >= 0 && row < getRowCount()) {
            r.y = h.getPosition(row);
            r.height = h.getSize(row);
            if (!includeSpacing) {
                int margin = getRowMargin();
                r.y += margin / 2;
                r.height -= margin;
            }
        }
        return r;
    }

    /** Selects the row with this key (only it) and scrolls it into view. */
    boolean select(String key) {
        int i = indexOf(key);
        if (i < 0) {
            return false;
        }
        getSelectionModel().setSelectionInterval(i, i);
        Rectangle r = getCellRect(i, 0, true);
        scrollRectToVisible(r);
        return true;
    }

    /**
     * The key of the annotation row to select once {@code removed} are gone: the next one after
     * the last removed, else the nearest before; null if none is left.
     */
    String keyAfterRemoving(List<Annotation> removed) {
        Set<String> gone = new HashSet<>();
        removed.forEach(a -> gone.add("a:" + a.id()));
        int last = -1;
        int first = Integer.MAX_VALUE;
        for (String k : gone) {
            int i = indexOf(k);
            if (i >= 0) {
                last = Math.max(last, i);
                first = Math.min(first, i);
            }
        }
        if (last < 0) {
            return null;
        }
        for (int i = last + 1; i < rows.list.size(); i++) {
            if (rows.list.get(i) instanceof Row.AnnotationRow a && !gone.contains(a.key())) {
                return a.key();
            }
        }
        for (int i = first - 1; i >= 0; i--) {
            if (rows.list.get(i) instanceof Row.AnnotationRow a && !gone.contains(a.key())) {
                return a.key();
            }
        }
        return null;
    }

    /** The selected annotations, in row order. */
    List<Annotation> selectedAnnotations() {
        List<Annotation> out = new ArrayList<>();
        for (int i : getSelectedRows()) {
            if (rows.list.get(i) instanceof Row.AnnotationRow a) {
                out.add(a.annotation());
            }
        }
        return out;
    }

    @Override
    public String getToolTipText(java.awt.event.MouseEvent e) {
        Row r = rowAt(rowAtPoint(e.getPoint()));
        if (r instanceof Row.AnnotationRow a) {
            return Tooltips.of(a);
        }
        return r instanceof Row.PaperRow p ? Tooltips.of(p) : null;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return false;
    }

    /** The table model: one column whose values are the rows themselves. */
    private static final class Rows extends AbstractTableModel {
        private List<Row> list = List.of();

        @Override
        public int getRowCount() {
            return list.size();
        }

        @Override
        public int getColumnCount() {
            return 1;
        }

        @Override
        public Object getValueAt(int row, int column) {
            return list.get(row);
        }
    }
}
