package dev.gloss.desktop.core.widgets;

import static dev.gloss.desktop.core.Gui.layOut;
import static dev.gloss.desktop.core.Gui.onEdt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BorderLayout;
import java.awt.Rectangle;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * A window's two-group bar at the top of a window without a frame, laid out as validating a shown
 * window lays it out ({@link dev.gloss.desktop.core.Gui#layOut}): wide, one row with the
 * end group at the right; made narrower, the end group on a row of its own below, every button
 * whole, the window's content moved down to make room; wide again, one row.
 */
class TwoGroupBarTest {
    private JPanel window;
    private TwoGroupBar bar;
    private JToolBar actions;
    private JToolBar settings;
    private JButton last;
    private JLabel content;

    @Test
    void theEndGroupTakesARowOfItsOwnWhenBothDoNotFit() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            actions = new JToolBar();
            for (String s : new String[] {"Add to Queue…", "Publish Now", "Reschedule…", "Cancel", "Retry"}) {
                actions.add(new JButton(s));
            }
            settings = new JToolBar();
            settings.add(new JButton("Week"));
            last = new JButton("Accounts…");
            settings.add(last);
            bar = new TwoGroupBar(actions, settings);
            window = new JPanel(new BorderLayout());
            window.add(bar, BorderLayout.NORTH);
            content = new JLabel("entries");
            window.add(content, BorderLayout.CENTER);
            window.setSize(1000, 300);
            layOut(window);
        });
        int both = onEdt(() -> actions.getPreferredSize().width + TwoGroupBar.GAP + settings.getPreferredSize().width);
        assertTrue(both < 1000, "both groups fit in 1000 px: " + both);
        assertOneRow();

        // narrower than both groups, wider than each
        int narrow = onEdt(() -> Math.max(actions.getPreferredSize().width, settings.getPreferredSize().width)) + 40;
        assertTrue(narrow < both, "a width for two rows: " + narrow);
        SwingUtilities.invokeAndWait(() -> {
            window.setSize(narrow, 300);
            layOut(window);
        });
        assertEquals(narrow, (int) onEdt(() -> bar.getWidth()));
        int rowHeight = onEdt(() -> actions.getHeight());
        assertTrue(rowHeight > 10, "a row of buttons: " + rowHeight);
        assertEquals(rowHeight, (int) onEdt(() -> settings.getY()), "the end group is on the second row");
        Rectangle button = onEdt(() -> SwingUtilities.convertRectangle(last.getParent(), last.getBounds(), bar));
        Rectangle shown = onEdt(() -> new Rectangle(bar.getSize()));
        assertTrue(shown.contains(button), "Accounts… whole: " + button + " in " + shown);
        assertEquals((int) onEdt(() -> bar.getWidth()), (int) onEdt(() -> settings.getX() + settings.getWidth()),
                "the end group at the end of its row");
        assertTrue(onEdt(() -> content.getY()) >= onEdt(() -> settings.getY() + settings.getHeight()),
                "the content below both rows");

        SwingUtilities.invokeAndWait(() -> {
            window.setSize(1000, 300);
            layOut(window);
        });
        assertOneRow();
    }

    private void assertOneRow() {
        assertEquals(1000, (int) onEdt(() -> bar.getWidth()));
        assertTrue(onEdt(() -> actions.getHeight()) > 10, "a row of buttons");
        assertEquals(0, (int) onEdt(() -> settings.getY()), "one row");
        assertEquals((int) onEdt(() -> bar.getWidth()), (int) onEdt(() -> settings.getX() + settings.getWidth()),
                "the end group at the right");
        assertEquals((int) onEdt(() -> actions.getHeight()), (int) onEdt(() -> bar.getHeight()), "the bar one row high");
    }
}
