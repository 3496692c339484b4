package dev.gloss.desktop.queue;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.QueueState;
import java.awt.Color;
import javax.swing.UIManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The state colours stay readable (WCAG AA, 4.5:1) on the light and the dark theme's panels. */
class QueueLabelsTest {
    private final Object before = UIManager.get("Panel.background");

    @AfterEach
    void restore() {
        UIManager.put("Panel.background", before);
    }

    @Test
    void everyStateIsReadableOnBothThemes() {
        // FlatLaf Light's and FlatLaf Dark's panel backgrounds
        for (Color bg : new Color[] {new Color(0xF2F2F2), new Color(0x3C3F41)}) {
            UIManager.put("Panel.background", bg);
            for (QueueState s : QueueState.values()) {
                double ratio = contrast(QueueLabels.stateColor(s), bg);
                assertTrue(ratio >= 4.5, s + " on " + Integer.toHexString(bg.getRGB()) + ": " + ratio);
            }
        }
    }

    /** WCAG 2 contrast ratio. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
