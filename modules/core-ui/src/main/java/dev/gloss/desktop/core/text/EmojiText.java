package dev.gloss.desktop.core.text;

import dev.gloss.threads.emoji.Emoji;
import dev.gloss.threads.emoji.EmojiRuns;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Image;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.plaf.basic.BasicGraphicsUtils;

/**
 * Text with its emoji drawn as images, for components that paint text themselves (renderers,
 * labels, custom rows). An emoji is a square a little larger than the font's size, within the
 * line's height, so rows keep their height; {@link EmojiEditorKit} uses the same measures.
 *
 * <pre>{@code
 * float w = EmojiText.width(text, fm);
 * EmojiText.draw(this, g2, text, x, baseline, fm);
 * }</pre>
 */
public final class EmojiText {
    private static final int CACHED_TEXTS = 256;
    private static final Map<String, List<EmojiRuns.Run>> RUNS = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<EmojiRuns.Run>> eldest) {
            return size() > CACHED_TEXTS;
        }
    };

    private EmojiText() {
    }

    /** The emoji runs of {@code text} (kept for the texts drawn most recently). */
    public static List<EmojiRuns.Run> runs(String text) {
        if (!EmojiRuns.mayHold(text)) {
            return List.of();
        }
        synchronized (RUNS) {
            return RUNS.computeIfAbsent(text, EmojiRuns::find);
        }
    }

    /** Whether {@code text} holds an emoji drawn as an image. */
    public static boolean hasEmoji(String text) {
        return !runs(text).isEmpty();
    }

    /** The side of an emoji next to text of {@code fm}: 1.2 em, at most the glyphs' height. */
    public static int size(FontMetrics fm) {
        return Math.max(1, Math.min(fm.getAscent() + fm.getDescent(), Math.round(fm.getFont().getSize2D() * 1.2f)));
    }

    /** How far an emoji moves the pen: its side and one pixel between neighbours. */
    public static int advance(FontMetrics fm) {
        return size(fm) + 1;
    }

    /** The width of {@code text} (no tabs) with its emoji as images. */
    public static float width(String text, FontMetrics fm) {
        List<EmojiRuns.Run> runs = runs(text);
        if (runs.isEmpty()) {
            return fm.stringWidth(text);
        }
        float w = 0;
        int at = 0;
        for (EmojiRuns.Run r : runs) {
            w += fm.stringWidth(text.substring(at, r.start())) + advance(fm);
            at = r.end();
        }
        return w + fm.stringWidth(text.substring(at));
    }

    /**
     * Draws {@code text} (no tabs) from {@code x} on the {@code baseline} in the graphics' colour,
     * with {@code c}'s text antialiasing; returns the x where it ends.
     */
    public static float draw(JComponent c, Graphics2D g, String text, float x, float baseline, FontMetrics fm) {
        List<EmojiRuns.Run> runs = runs(text);
        int at = 0;
        for (EmojiRuns.Run r : runs) {
            String before = text.substring(at, r.start());
            if (!before.isEmpty()) {
                BasicGraphicsUtils.drawString(c, g, before, x, baseline);
                x += fm.stringWidth(before);
            }
            drawEmoji(g, r.emoji(), x, baseline, fm);
            x += advance(fm);
            at = r.end();
        }
        String rest = text.substring(at);
        if (!rest.isEmpty()) {
            BasicGraphicsUtils.drawString(c, g, rest, x, baseline);
            x += fm.stringWidth(rest);
        }
        return x;
    }

    /** Draws one emoji whose pen is at {@code x} on the {@code baseline}, centred on the glyphs' height. */
    public static void drawEmoji(Graphics2D g, Emoji e, float x, float baseline, FontMetrics fm) {
        int size = size(fm);
        double scale = Math.max(1, g.getTransform().getScaleX());
        Image img = EmojiImages.image(e, (int) Math.round(size * scale));
        if (img == null) {
            return; // the sheet is still being read: the room stays empty until the repaint
        }
        float top = baseline - fm.getAscent() + (fm.getAscent() + fm.getDescent() - size) / 2f;
        g.drawImage(img, Math.round(x), Math.round(top), size, size, null);
    }
}
