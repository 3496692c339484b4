package dev.gloss.desktop.annotations;

import dev.gloss.workspace.Annotation;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;

/**
 * The rows of the annotation view in a one-column table with per-row heights. Replacing the
 * rows keeps the selection (by annotation id) and the scroll position (the row at the top of the
 * viewport stays where it was), so live updates do not disturb the user.
 */
final class RowTable extends JTable {
    private final Rows rows = new Rows();
    private final RowRenderer renderer = new RowRenderer();
    private Map<String, Integer> index = Map.of();
    private boolean restoring;
    private boolean showDates;
    private int heightsWidth = -1;

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
        Integer i = index.get(key);
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
            Map<String, Integer> idx = new HashMap<>(newRows.size() * 2);
            for (int i = 0; i < newRows.size(); i++) {
                idx.put(newRows.get(i).key(), i);
            }
            index = idx;
            renderer.setShowDates(showDates);
            this.showDates = showDates;
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
        if (list.isEmpty()) {
            return;
        }
        int width = layoutWidth();
        heightsWidth = width;
        // most rows share a few heights: set the common one, then the exceptions
        int[] heights = new int[list.size()];
        Map<Integer, Integer> freq = new HashMap<>();
        RowRenderer.Metrics metrics = new RowRenderer.Metrics(this, getFont(), width);
        for (int i = 0; i < heights.length; i++) {
            heights[i] = RowRenderer.heightOf(list.get(i), metrics, showDates);
            freq.merge(heights[i], 1, Integer::sum);
        }
        int common = freq.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        setRowHeight(common);
        for (int i = 0; i < heights.length; i++) {
            if (heights[i] != common) {
                setRowHeight(i, heights[i]);
            }
        }
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
