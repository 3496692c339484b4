package dev.gloss.desktop.core;

import static dev.gloss.desktop.core.Gui.onEdt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.testing.GuiTest;
import java.awt.Color;
import java.awt.Point;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.LookAndFeel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.plaf.ColorUIResource;
import javax.swing.plaf.metal.DefaultMetalTheme;
import javax.swing.plaf.metal.MetalLookAndFeel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Switching the theme repaints the open windows in the new look at once, with no restart: the
 * pixels of a panel and a text field in a frame and in a dialog turn dark, and light again. The
 * test's looks are Metal with a light and a dark colour theme (FlatLaf is the platform's, not on
 * this module's class path); {@link Theme#apply} is the same for any look.
 */
@GuiTest
class LiveThemeGuiTest {
    private LookAndFeel before;
    private JFrame frame;
    private JDialog dialog;
    private JPanel panel;
    private JTextField field;
    private JTextField dialogField;

    @BeforeEach
    void setUp() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            before = UIManager.getLookAndFeel();
            try {
                Theme.apply(metal(new DefaultMetalTheme()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            frame = new JFrame("Theme test");
            panel = new JPanel();
            field = new JTextField("text", 20);
            panel.add(field);
            frame.add(panel);
            frame.setBounds(40, 40, 400, 200);
            frame.setVisible(true);
            dialog = new JDialog(frame, "Dialog");
            dialogField = new JTextField("text", 20);
            dialog.add(dialogField);
            dialog.setBounds(500, 40, 300, 120);
            dialog.setVisible(true);
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            dialog.dispose();
            frame.dispose();
            try {
                if (before != null) {
                    UIManager.setLookAndFeel(before);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theOpenWindowsTakeTheNewThemeAtOnce() throws Exception {
        assertTrue(brightness(pixel(panel, 5, 5)) > 180, "the panel starts light: " + pixel(panel, 5, 5));
        assertTrue(brightness(pixel(field, field.getWidth() - 6, field.getHeight() / 2)) > 180, "the field starts light");

        SwingUtilities.invokeAndWait(() -> {
            try {
                Theme.apply(metal(new Dark()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Color panelDark = pixel(panel, 5, 5);
        assertTrue(brightness(panelDark) < 80, "the panel is dark now: " + panelDark);
        assertEquals(Dark.PANEL, new Color(panelDark.getRGB()), "the panel has the new theme's colour");
        assertTrue(brightness(pixel(field, field.getWidth() - 6, field.getHeight() / 2)) < 80, "the field is dark now");
        assertTrue(brightness(pixel(dialogField, dialogField.getWidth() - 6, dialogField.getHeight() / 2)) < 80,
                "the field in the other window is dark too");
        assertEquals(Dark.PANEL, onEdt(() -> new Color(panel.getBackground().getRGB())));

        SwingUtilities.invokeAndWait(() -> {
            try {
                Theme.apply(metal(new DefaultMetalTheme()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(brightness(pixel(panel, 5, 5)) > 180, "the panel is light again");
        Gui.screenshot(onEdt(frame::getBounds), "live-theme.png");
    }

    private static LookAndFeel metal(javax.swing.plaf.metal.MetalTheme theme) {
        MetalLookAndFeel.setCurrentTheme(theme);
        return new MetalLookAndFeel();
    }

    /** What is on the screen at ({@code x}, {@code y}) of {@code c}, once the repaint is done. */
    private static Color pixel(JComponent c, int x, int y) throws Exception {
        Robot r = new Robot();
        SwingUtilities.invokeAndWait(() -> { });
        r.waitForIdle();
        Thread.sleep(200);
        Point p = onEdt(() -> {
            Point o = c.getLocationOnScreen();
            return new Point(o.x + x, o.y + y);
        });
        BufferedImage img = r.createScreenCapture(new java.awt.Rectangle(p.x, p.y, 1, 1));
        return new Color(img.getRGB(0, 0));
    }

    private static int brightness(Color c) {
        return (c.getRed() * 299 + c.getGreen() * 587 + c.getBlue() * 114) / 1000;
    }

    /** A dark colour theme for Metal. */
    private static final class Dark extends DefaultMetalTheme {
        static final Color PANEL = new Color(0x2B2D30);

        @Override
        public String getName() {
            return "Dark";
        }

        @Override
        protected ColorUIResource getSecondary3() {
            return new ColorUIResource(PANEL);
        }

        @Override
        protected ColorUIResource getSecondary2() {
            return new ColorUIResource(0x3C3F41);
        }

        @Override
        protected ColorUIResource getSecondary1() {
            return new ColorUIResource(0x5E6060);
        }

        @Override
        protected ColorUIResource getWhite() {
            return new ColorUIResource(0x1E1F22);
        }

        @Override
        protected ColorUIResource getBlack() {
            return new ColorUIResource(0xDFE1E5);
        }
    }
}
