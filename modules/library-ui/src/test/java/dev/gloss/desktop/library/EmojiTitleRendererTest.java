package dev.gloss.desktop.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.core.text.EmojiImages;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.table.TableCellRenderer;
import org.junit.jupiter.api.Test;
import org.netbeans.swing.outline.Outline;
import org.openide.explorer.ExplorerManager;
import org.openide.explorer.view.OutlineView;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.Children;
import org.openide.nodes.Node;

/** The Library's title cells, from a real outline: a title's emoji in colour, a plain title as the outline draws it. */
class EmojiTitleRendererTest {
    private static final String TITLE = "Probing \uD83D\uDD2C layers \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83C\uDDE9\uD83C\uDDEA \uD83D\uDC4D\uD83C\uDFFD";

    static final class View extends JPanel implements ExplorerManager.Provider {
        final ExplorerManager manager = new ExplorerManager();
        final OutlineView view = new OutlineView("Title");

        View(String... titles) {
            super(new BorderLayout());
            add(view);
            Children.Array children = new Children.Array();
            for (String t : titles) {
                AbstractNode n = new AbstractNode(Children.LEAF);
                n.setDisplayName(t);
                children.add(new Node[] {n});
            }
            manager.setRootContext(new AbstractNode(children));
            view.getOutline().setRootVisible(false);
        }

        @Override
        public ExplorerManager getExplorerManager() {
            return manager;
        }
    }

    private static int colouredPixels(Outline outline, TableCellRenderer renderer, int row) {
        Component c = renderer.getTableCellRendererComponent(outline, outline.getValueAt(row, 0), false, false, row, 0);
        c.setSize(420, outline.getRowHeight());
        BufferedImage img = new BufferedImage(420, outline.getRowHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            c.paint(g);
        } finally {
            g.dispose();
        }
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int gr = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.max(r, Math.max(gr, b)) - Math.min(r, Math.min(gr, b)) > 80) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void aTitlesEmojiAreDrawnInColourAndAPlainTitleIsTheOutlinesOwnCell() throws Exception {
        assertTrue(EmojiImages.awaitLoaded(20_000), "the emoji sheet is read");
        int[] counts = new int[3];
        Component[] plainCell = new Component[2];
        SwingUtilities.invokeAndWait(() -> {
            View v = new View(TITLE, "Probing layers");
            v.setSize(420, 300);
            v.addNotify(); // the view finds its explorer manager as it would in a window
            Outline outline = v.view.getOutline();
            TableCellRenderer base = outline.getDefaultRenderer(Object.class);
            TableCellRenderer emoji = new EmojiTitleRenderer(base);
            assertEquals(2, outline.getRowCount());
            counts[0] = colouredPixels(outline, base, 0);
            counts[1] = colouredPixels(outline, emoji, 0);
            counts[2] = colouredPixels(outline, emoji, 1);
            plainCell[0] = base.getTableCellRendererComponent(outline, outline.getValueAt(1, 0), false, false, 1, 0);
            plainCell[1] = emoji.getTableCellRendererComponent(outline, outline.getValueAt(1, 0), false, false, 1, 0);
        });
        assertTrue(counts[1] > counts[0] + 4 * 30, "four emoji in colour: " + counts[1] + " coloured pixels, " + counts[0] + " as the outline draws it");
        assertTrue(plainCell[0] == plainCell[1], "a title without emoji is the outline's own cell");
        assertEquals(counts[0] > 0, counts[2] > 0, "the node icon is drawn the same way with and without emoji");
    }
}
