package dev.gloss.desktop.composer;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Insets;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * A {@link FlowLayout} whose preferred size wraps to the container's width, so a row of buttons
 * in a narrow side window continues on the next line instead of being cut off.
 */
final class WrapLayout extends FlowLayout {
    WrapLayout(int align, int hgap, int vgap) {
        super(align, hgap, vgap);
    }

    private int laidOutWidth = -1;

    /** When the width changed, the number of rows may have too: ask the parent for a new height. */
    @Override
    public void layoutContainer(Container target) {
        super.layoutContainer(target);
        int w = target.getWidth();
        if (w != laidOutWidth) {
            laidOutWidth = w;
            if (preferredLayoutSize(target).height != target.getHeight()) {
                SwingUtilities.invokeLater(() -> {
                    if (target instanceof JComponent c) {
                        c.revalidate();
                    }
                });
            }
        }
    }

    @Override
    public Dimension preferredLayoutSize(Container target) {
        return size(target, true);
    }

    @Override
    public Dimension minimumLayoutSize(Container target) {
        Dimension d = size(target, false);
        d.width -= getHgap() + 1;
        return d;
    }

    private Dimension size(Container target, boolean preferred) {
        synchronized (target.getTreeLock()) {
            int width = target.getWidth();
            if (width == 0 && target.getParent() != null) {
                width = target.getParent().getWidth();
            }
            if (width == 0) {
                width = Integer.MAX_VALUE;
            }
            Insets in = target.getInsets();
            int max = width - in.left - in.right - getHgap() * 2;
            int w = 0;
            int h = 0;
            int rowW = 0;
            int rowH = 0;
            for (Component c : target.getComponents()) {
                if (!c.isVisible()) {
                    continue;
                }
                Dimension d = preferred ? c.getPreferredSize() : c.getMinimumSize();
                // the test FlowLayout lays out by (it leaves the gap out): the rows counted are the rows shown
                if (rowW > 0 && rowW + d.width > max) {
                    w = Math.max(w, rowW);
                    h += rowH + getVgap();
                    rowW = 0;
                    rowH = 0;
                }
                rowW += (rowW > 0 ? getHgap() : 0) + d.width;
                rowH = Math.max(rowH, d.height);
            }
            w = Math.max(w, rowW);
            h += rowH;
            return new Dimension(w + in.left + in.right + getHgap() * 2, h + in.top + in.bottom + getVgap() * 2);
        }
    }
}
