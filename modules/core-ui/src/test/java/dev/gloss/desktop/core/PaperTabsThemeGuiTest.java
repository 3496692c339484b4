package dev.gloss.desktop.core;

import static dev.gloss.desktop.core.Gui.onEdt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gloss.testing.GuiTest;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.LookAndFeel;
import javax.swing.SwingUtilities;
import javax.swing.UIDefaults;
import javax.swing.UIManager;
import javax.swing.plaf.ColorUIResource;
import javax.swing.plaf.metal.MetalLookAndFeel;
import org.netbeans.swing.tabcontrol.DefaultTabDataModel;
import org.netbeans.swing.tabcontrol.TabData;
import org.netbeans.swing.tabcontrol.TabDisplayer;
import org.netbeans.swing.tabcontrol.TabbedContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A live theme switch repaints the paper (editor) tabs in the new look's {@code EditorTab.*}
 * colours, as FlatLaf names them, with no restart: the selected and the other tab on screen
 * take the dark colours, then the light ones again. The looks are Metal carrying those keys
 * (FlatLaf is the platform's, not on this module's class path).
 */
@GuiTest
class PaperTabsThemeGuiTest {
    private static final Color LIGHT_TAB = new Color(0xF2F2F2);
    private static final Color LIGHT_SELECTED = new Color(0xFFFFFF);
    private static final Color DARK_TAB = new Color(0x3C3F41);
    private static final Color DARK_SELECTED = new Color(0x4E5254);
    private LookAndFeel before;
    private JFrame frame;
    private TabbedContainer tabs;

    @BeforeEach
    void show() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            before = UIManager.getLookAndFeel();
            apply(LIGHT_TAB, LIGHT_SELECTED);
            DefaultTabDataModel model = new DefaultTabDataModel(new TabData[] {
                new TabData(new JPanel(), null, "Attention Is All You Need", null),
                new TabData(new JPanel(), null, "BERT", null)});
            tabs = new TabbedContainer(model, TabbedContainer.TYPE_EDITOR);
            tabs.getSelectionModel().setSelectedIndex(0);
            frame = new JFrame("paper tabs");
            frame.getContentPane().add(tabs, BorderLayout.CENTER);
            frame.setBounds(100, 100, 600, 300);
            frame.setVisible(true);
        });
    }

    @AfterEach
    void close() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            frame.dispose();
            try {
                UIManager.setLookAndFeel(before);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void thePaperTabsTakeTheNewThemesColoursAtOnce() throws Exception {
        SwingUtilities.invokeAndWait(() -> apply(DARK_TAB, DARK_SELECTED));
        assertEquals(DARK_SELECTED, tabPixel(0), "the selected paper tab is in the dark theme's colour");
        assertEquals(DARK_TAB, tabPixel(1), "the other paper tab too");
        Gui.screenshot(onEdt(frame::getBounds), "paper-tabs-dark.png");

        SwingUtilities.invokeAndWait(() -> apply(LIGHT_TAB, LIGHT_SELECTED));
        assertEquals(LIGHT_SELECTED, tabPixel(0), "light again");
        assertEquals(LIGHT_TAB, tabPixel(1));
    }

    private static void apply(Color tab, Color selected) {
        try {
            Theme.apply(new MetalLookAndFeel() {
                @Override
                public UIDefaults getDefaults() {
                    UIDefaults d = super.getDefaults();
                    d.put("EditorTab.background", new ColorUIResource(tab));
                    d.put("EditorTab.activeBackground", new ColorUIResource(tab));
                    d.put("EditorTab.selectedBackground", new ColorUIResource(selected));
                    d.put("EditorTab.hoverBackground", new ColorUIResource(tab));
                    d.put("EditorTab.underlineHeight", 3);
                    return d;
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the screen shows near the top left corner of tab {@code i} (clear of its text and underline). */
    private Color tabPixel(int i) throws Exception {
        Robot r = new Robot();
        r.waitForIdle();
        Thread.sleep(300);
        Point p = onEdt(() -> {
            TabDisplayer d = find(tabs);
            Rectangle tab = d.getUI().getTabRect(i, new Rectangle());
            Point o = d.getLocationOnScreen();
            return new Point(o.x + tab.x + 3, o.y + tab.y + 3);
        });
        BufferedImage img = r.createScreenCapture(new Rectangle(p.x, p.y, 1, 1));
        return new Color(img.getRGB(0, 0));
    }

    private static TabDisplayer find(java.awt.Container c) {
        for (java.awt.Component k : c.getComponents()) {
            if (k instanceof TabDisplayer d) {
                return d;
            }
            if (k instanceof java.awt.Container inner && find(inner) != null) {
                return find(inner);
            }
        }
        return null;
    }
}
