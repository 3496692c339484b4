package dev.gloss.desktop.reader.render;

import java.util.Locale;

/**
 * How large pages are drawn: fit the width, fit a whole page, or a percentage from 25 to 400.
 * 100 % draws one PDF point as 1/72 inch on a 96 dpi screen (as browsers' PDF viewers do), so
 * a scale is {@code percent / 100 * 96 / 72} logical pixels per point.
 *
 * @param mode    what the zoom follows
 * @param percent the percentage for {@link Mode#PERCENT}; ignored otherwise
 */
public record Zoom(Mode mode, double percent) {
    /** What the zoom follows. */
    public enum Mode {
        /** The widest page fills the viewport's width. */
        FIT_WIDTH,
        /** The current page fits the viewport entirely. */
        FIT_PAGE,
        /** A fixed percentage. */
        PERCENT
    }

    public static final double MIN_PERCENT = 25;
    public static final double MAX_PERCENT = 400;
    /** Logical pixels per point at 100 %. */
    public static final double PIXELS_PER_POINT = 96.0 / 72.0;
    /** The steps Ctrl+plus and Ctrl+minus go through, and the zoom combo offers. */
    public static final double[] STEPS = {25, 33, 50, 67, 75, 90, 100, 110, 125, 150, 175, 200, 250, 300, 400};

    public static final Zoom FIT_WIDTH = new Zoom(Mode.FIT_WIDTH, 100);
    public static final Zoom FIT_PAGE = new Zoom(Mode.FIT_PAGE, 100);

    public Zoom {
        if (mode == null) {
            throw new IllegalArgumentException("mode");
        }
        percent = clamp(percent);
    }

    /** A fixed zoom, clamped to 25..400 %. */
    public static Zoom percent(double percent) {
        return new Zoom(Mode.PERCENT, percent);
    }

    static double clamp(double percent) {
        if (Double.isNaN(percent)) {
            return 100;
        }
        return Math.max(MIN_PERCENT, Math.min(MAX_PERCENT, percent));
    }

    /**
     * Logical pixels per point for a viewport of the given size (pixels, without the page margin)
     * showing pages whose widest is {@code maxPageWidth} points and whose current one is
     * {@code pageWidth} x {@code pageHeight} points.
     */
    public double scale(double viewWidth, double viewHeight, double maxPageWidth, double pageWidth, double pageHeight) {
        return effectivePercent(viewWidth, viewHeight, maxPageWidth, pageWidth, pageHeight) / 100 * PIXELS_PER_POINT;
    }

    /** The percentage this zoom amounts to in the given viewport; always within 25..400. */
    public double effectivePercent(double viewWidth, double viewHeight, double maxPageWidth, double pageWidth, double pageHeight) {
        return switch (mode) {
            case PERCENT -> percent;
            case FIT_WIDTH -> fit(viewWidth, maxPageWidth);
            case FIT_PAGE -> Math.min(fit(viewWidth, pageWidth), fit(viewHeight, pageHeight));
        };
    }

    private static double fit(double pixels, double points) {
        if (!(points > 0) || !(pixels > 0)) {
            return 100;
        }
        return clamp(pixels / points / PIXELS_PER_POINT * 100);
    }

    /** The next larger step after {@code current} percent (stays at 400). */
    public static Zoom in(double current) {
        for (double s : STEPS) {
            if (s > current + 0.5) {
                return percent(s);
            }
        }
        return percent(MAX_PERCENT);
    }

    /** The next smaller step before {@code current} percent (stays at 25). */
    public static Zoom out(double current) {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < current - 0.5) {
                return percent(STEPS[i]);
            }
        }
        return percent(MIN_PERCENT);
    }

    /** A stable text form for preferences: {@code fit-width}, {@code fit-page} or {@code 125}. */
    public String key() {
        return switch (mode) {
            case FIT_WIDTH -> "fit-width";
            case FIT_PAGE -> "fit-page";
            case PERCENT -> percent == Math.rint(percent) ? Long.toString((long) percent)
                    : String.format(Locale.ROOT, "%.1f", percent);
        };
    }

    /**
     * Reads {@link #key()}'s form, and what a user types in the zoom combo ("150", "150 %",
     * "150%"); null when the text means nothing.
     */
    public static Zoom parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("fit-width")) {
            return FIT_WIDTH;
        }
        if (t.equals("fit-page")) {
            return FIT_PAGE;
        }
        t = t.replace("%", "").trim().replace(',', '.');
        if (t.isEmpty()) {
            return null;
        }
        try {
            double p = Double.parseDouble(t);
            return p > 0 && Double.isFinite(p) ? percent(p) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
