package dev.gloss.desktop.core.widgets;

import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * A window's bar of two groups: the actions at the start of the row and, at its end, what sets
 * how the window shows (a time zone, a view, settings). When the window is too narrow for both on
 * one row, the end group takes a row of its own below, still at the end, instead of being cut off.
 * <p>
 * Meant for the top of a window laid out by a {@link java.awt.BorderLayout}: its height follows
 * the width its parent gives it in the same layout pass.
 */
public final class TwoGroupBar extends JPanel {
    /** Space kept between the groups when they share a row. */
    static final int GAP = 12;
    private final JComponent start;
    private final JComponent end;

    public TwoGroupBar(JComponent start, JComponent end) {
        super(null);
        this.start = start;
        this.end = end;
        add(start);
        add(end);
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        Dimension s = start.getPreferredSize();
        Dimension e = end.getPreferredSize();
        Insets in = getInsets();
        int height = oneRow(s, e, availableWidth()) ? Math.max(s.height, e.height) : s.height + e.height;
        return new Dimension(s.width + GAP + e.width + in.left + in.right, height + in.top + in.bottom);
    }

    @Override
    public Dimension getMinimumSize() {
        if (isMinimumSizeSet()) {
            return super.getMinimumSize();
        }
        return new Dimension(0, getPreferredSize().height);
    }

    @Override
    public void doLayout() {
        Insets in = getInsets();
        int width = getWidth() - in.left - in.right;
        Dimension s = start.getPreferredSize();
        Dimension e = end.getPreferredSize();
        int endWidth = Math.min(e.width, width);
        if (oneRow(s, e, width)) {
            int height = Math.max(s.height, e.height);
            start.setBounds(in.left, in.top, s.width, height);
            end.setBounds(in.left + width - endWidth, in.top, endWidth, height);
        } else {
            start.setBounds(in.left, in.top, width, s.height);
            end.setBounds(in.left + width - endWidth, in.top + s.height, endWidth, e.height);
        }
    }

    private static boolean oneRow(Dimension s, Dimension e, int width) {
        return width <= 0 || s.width + GAP + e.width <= width;
    }

    /** The width the parent gives this bar now (its own before it has a parent with a size). */
    private int availableWidth() {
        Insets in = getInsets();
        Container parent = getParent();
        if (parent == null || parent.getWidth() <= 0) {
            return getWidth() - in.left - in.right;
        }
        Insets p = parent.getInsets();
        return parent.getWidth() - p.left - p.right - in.left - in.right;
    }
}
