package dev.gloss.desktop.reader.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a kept view sat in its reader tab: the viewport's top-left corner at ({@code x}, {@code
 * y}) in a tab body of {@code width} by {@code height}, so that a tab opening the file again can
 * show the view at the same place before the document is open. Kept as the view's note.
 */
public record ViewPlacement(int width, int height, int x, int y) {
    private static final Pattern FORM = Pattern.compile("box=(\\d{1,5})x(\\d{1,5}) at=(-?\\d{1,5}),(-?\\d{1,5})");

    /** The note's text. */
    public String note() {
        return "box=" + width + "x" + height + " at=" + x + "," + y;
    }

    /** The placement a note says, or null when it says none. */
    public static ViewPlacement parse(String note) {
        Matcher m = note == null ? null : FORM.matcher(note);
        if (m == null || !m.matches()) {
            return null;
        }
        return new ViewPlacement(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }

    /**
     * Where the view goes in a body of {@code w} by {@code h}: the same place when the size is the
     * same; otherwise moved by half the change in width (the pages are centred in the column) and
     * kept at the same height below the toolbar.
     */
    public java.awt.Point in(int w, int h) {
        return new java.awt.Point(x + (w - width) / 2, y);
    }
}
