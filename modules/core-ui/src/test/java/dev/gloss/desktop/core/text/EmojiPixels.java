package dev.gloss.desktop.core.text;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;

/** Counts coloured pixels on the screen: text is black, grey or white, an emoji image is not. */
public final class EmojiPixels {
    private EmojiPixels() {
    }

    /** Strongly coloured: red, yellow, blue, skin; the family, the flag, the skin tone. */
    public static final int VIVID = 80;
    /** Not grey at all: text is drawn in greys (r = g = b), even a grey emoji (the microscope) is tinted. */
    public static final int TINTED = 16;

    /** Pixels in {@code r} (screen coordinates) whose channels differ by more than {@code spread}. */
    public static int coloured(Rectangle r, int spread) throws Exception {
        BufferedImage img = new Robot().createScreenCapture(r);
        return coloured(img, spread);
    }

    public static int coloured(BufferedImage img, int spread) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int red = (rgb >> 16) & 0xFF;
                int green = (rgb >> 8) & 0xFF;
                int blue = rgb & 0xFF;
                int max = Math.max(red, Math.max(green, blue));
                int min = Math.min(red, Math.min(green, blue));
                if (max - min > spread) {
                    n++;
                }
            }
        }
        return n;
    }
}
