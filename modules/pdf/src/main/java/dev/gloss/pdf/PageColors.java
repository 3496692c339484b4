package dev.gloss.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.List;

/**
 * How a page's colours are shown: as printed, dark (light text on a dark page, for a dark
 * theme) or sepia (dark brown on warm paper). In dark and sepia the page's text, rules and
 * plots change colour and its pictures keep their own: a photo or a raster figure is not turned
 * into its negative. A picture that covers most of the page is taken for the page itself (a
 * scanned page) and changes with it.
 *
 * <pre>{@code
 * pdf.setPageColors(PageColors.DARK);
 * BufferedImage page = pdf.render(1, 2f);   // dark page, pictures as printed
 * }</pre>
 */
public enum PageColors {
    /** The page's own colours. */
    PRINTED,
    /**
     * Lightness inverted, hue kept: white paper becomes a dark grey, black text a light grey, a
     * red link a light red (not cyan, as a plain negative would make it).
     */
    DARK,
    /** Black to dark brown and white to warm paper, every colour in between along that line. */
    SEPIA;

    /** The darkest and lightest grey of {@link #DARK}: pure black and white are harsh on a screen. */
    static final int DARK_FLOOR = 0x1E;
    static final int DARK_CEILING = 0xDC;
    /** Sepia's paper and ink. */
    private static final int SEPIA_PAPER = 0xF4ECD8;
    private static final int SEPIA_INK = 0x4B3A2A;

    /** A picture covering more than this share of the page's area is the page (a scan), not a figure. */
    static final double PAGE_SIZED = 0.7;

    private static final byte[] DARK_RANGE = range(DARK_FLOOR, DARK_CEILING);
    private static final byte[][] SEPIA_RANGES = {
        range(SEPIA_INK >> 16 & 255, SEPIA_PAPER >> 16 & 255),
        range(SEPIA_INK >> 8 & 255, SEPIA_PAPER >> 8 & 255),
        range(SEPIA_INK & 255, SEPIA_PAPER & 255)};

    /** The colour blank paper takes in this mode (white when printed). */
    public Color paper() {
        return new Color(map(0xFFFFFF));
    }

    /**
     * One colour (0xRRGGBB) as this mode shows it: for what a reader draws over the page (a
     * text box's text, a pen stroke), so that it stays readable on the page's new colour.
     */
    public int map(int rgb) {
        return switch (this) {
            case PRINTED -> rgb & 0xFFFFFF;
            case DARK -> dark(rgb);
            case SEPIA -> sepia(rgb);
        };
    }

    private static int dark(int rgb) {
        int r = rgb >> 16 & 255;
        int g = rgb >> 8 & 255;
        int b = rgb & 255;
        // shift every channel by the same amount, so that the luma mirrors and the hue stays
        int shift = 255 - 2 * ((77 * r + 150 * g + 29 * b) >> 8);
        return (DARK_RANGE[clamp(r + shift)] & 255) << 16 | (DARK_RANGE[clamp(g + shift)] & 255) << 8
                | DARK_RANGE[clamp(b + shift)] & 255;
    }

    private static int sepia(int rgb) {
        return (SEPIA_RANGES[0][rgb >> 16 & 255] & 255) << 16 | (SEPIA_RANGES[1][rgb >> 8 & 255] & 255) << 8 | SEPIA_RANGES[2][rgb & 255] & 255;
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }

    /** 0..255 spread linearly onto {@code from..to}. */
    private static byte[] range(int from, int to) {
        byte[] t = new byte[256];
        for (int i = 0; i < 256; i++) {
            t[i] = (byte) Math.round(from + (to - from) * i / 255.0);
        }
        return t;
    }

    /**
     * Turns a rendered page image (TYPE_INT_RGB) into this mode, in place, except the pixels
     * inside {@code natural} (the pictures, in the image's pixels).
     */
    void apply(BufferedImage image, List<Shape> natural) {
        if (this == PRINTED) {
            return;
        }
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("not an RGB page image");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] keep = natural.isEmpty() ? null : mask(w, h, natural);
        for (int i = 0; i < w * h; i++) {
            if (keep == null || keep[i] == 0) {
                px[i] = map(px[i]);
            }
        }
    }

    /** 1 where a picture was drawn, 0 elsewhere. */
    private static byte[] mask(int w, int h, List<Shape> areas) {
        BufferedImage m = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = m.createGraphics();
        try {
            g.setColor(new Color(1, 1, 1));
            for (Shape s : areas) {
                g.fill(s);
            }
        } finally {
            g.dispose();
        }
        return ((DataBufferByte) m.getRaster().getDataBuffer()).getData();
    }
}
