package dev.gloss.desktop.library;

import dev.gloss.desktop.core.text.EmojiLabel;
import java.awt.Component;
import java.awt.Graphics;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.table.TableCellRenderer;

/**
 * The Library's title column: the outline's own renderer (icon, indent, selection colours), with
 * a title's emoji drawn as images on it. A title without emoji is the outline's cell unchanged.
 */
final class EmojiTitleRenderer implements TableCellRenderer {
    private final TableCellRenderer base;
    private final Cell cell = new Cell();

    EmojiTitleRenderer(TableCellRenderer base) {
        this.base = base;
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row, int column) {
        Component c = base.getTableCellRendererComponent(table, value, selected, focus, row, column);
        if (c instanceof JLabel l && EmojiLabel.preferredSize(l) != null) {
            cell.label = l;
            return cell;
        }
        return c;
    }

    /** Paints the outline's label with {@link EmojiLabel#paint}; the label is never added to a parent. */
    private static final class Cell extends JComponent {
        private JLabel label;

        @Override
        public String getToolTipText() {
            return label == null ? null : label.getToolTipText();
        }

        @Override
        protected void paintComponent(Graphics g) {
            label.setBounds(0, 0, getWidth(), getHeight());
            if (!EmojiLabel.paint(label, g)) {
                label.paint(g);
            }
        }
    }
}
