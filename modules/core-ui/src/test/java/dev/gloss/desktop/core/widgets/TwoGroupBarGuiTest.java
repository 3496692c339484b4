package dev.gloss.desktop.core.widgets;

import static dev.gloss.desktop.core.Gui.onEdt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.testing.GuiTest;
import java.awt.BorderLayout;
import java.awt.Rectangle;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A window's two-group bar in a real frame: wide, one row with the end group at the right; made
 * narrower, the end group on a row of its own below, every button whole, the window's content
 * moved down to make room; wide again, one row.
 */
@GuiTest
class TwoGroupBarGuiTest {
    private JFrame frame;
    private TwoGroupBar bar;
    private JToolBar actions;
    private JToolBar settings;
    private JButton last;
    private JLabel content;

    @AfterEach
    void tearDown() throws Exception {
        if (frame != null) {
            SwingUtilities.invokeAndWait(frame::dispose);
        }
    }

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
            JPanel window = new JPanel(new BorderLayout());
            window.add(bar, BorderLayout.NORTH);
            content = new JLabel("entries");
            window.add(content, BorderLayout.CENTER);
            frame = new JFrame("Bar");
            frame.setContentPane(window);
            frame.setBounds(40, 40, 1000, 300);
            frame.setVisible(true);
        });
        int both = onEdt(() -> actions.getPreferredSize().width + TwoGroupBar.GAP + settings.getPreferredSize().width);
        assertTrue(both < 1000 - 40, "both groups fit in 1000 px: " + both);
        onEdt(() -> {
            frame.validate();
            return null;
        });
        assertOneRow();

        // narrower than both groups, wider than each
        int narrow = onEdt(() -> Math.max(actions.getPreferredSize().width, settings.getPreferredSize().width)) + 40;
        assertTrue(narrow < both, "a width for two rows: " + narrow);
        SwingUtilities.invokeAndWait(() -> {
            frame.setSize(narrow, 300);
            frame.validate();
        });
        int rowHeight = onEdt(() -> actions.getHeight());
        assertEquals(rowHeight, (int) onEdt(() -> settings.getY()), "the end group is on the second row");
        Rectangle button = onEdt(() -> SwingUtilities.convertRectangle(last.getParent(), last.getBounds(), bar));
        Rectangle shown = onEdt(() -> new Rectangle(bar.getSize()));
        assertTrue(shown.contains(button), "Accounts… whole: " + button + " in " + shown);
        assertEquals((int) onEdt(() -> bar.getWidth()), (int) onEdt(() -> settings.getX() + settings.getWidth()),
                "the end group at the end of its row");
        assertTrue(onEdt(() -> content.getY()) >= onEdt(() -> settings.getY() + settings.getHeight()),
                "the content below both rows");

        SwingUtilities.invokeAndWait(() -> {
            frame.setSize(1000, 300);
            frame.validate();
        });
        assertOneRow();
    }

    private void assertOneRow() {
        assertEquals(0, (int) onEdt(() -> settings.getY()), "one row");
        assertEquals((int) onEdt(() -> bar.getWidth()), (int) onEdt(() -> settings.getX() + settings.getWidth()),
                "the end group at the right");
        assertEquals((int) onEdt(() -> actions.getHeight()), (int) onEdt(() -> bar.getHeight()), "the bar one row high");
    }
}
