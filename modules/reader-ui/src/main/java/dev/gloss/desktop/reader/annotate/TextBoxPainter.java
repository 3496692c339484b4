package dev.gloss.desktop.reader.annotate;

import dev.gloss.desktop.core.AnnotationColors;
import dev.gloss.pdf.PageColors;
import dev.gloss.pdf.PageGeometry;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.TextBox;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws text typed onto a page (a FreeText mark) as the PDF drew it: its words in their size,
 * font and colour, wrapped to the box, over the box's background and inside its frame, placed as
 * PDF writers place them (the first baseline 0.79 of the size below the top, inside twice the
 * frame's width). A text box imported before Gloss kept this look shows its words in black over
 * a light wash of its colour. Colours change with the page's (dark or sepia pages).
 */
final class TextBoxPainter {
    /** Where the first baseline is below the box's top, in font sizes (what Acrobat and PDFBox use). */
    private static final double FIRST_BASELINE = 0.7896;
    private static final double LINE_HEIGHT = 1.17;

    private TextBoxPainter() {
    }

    static void paint(Graphics2D g, Annotation a, PageGeometry geo, PageColors colors) {
        if (a.area() == null) {
            return;
        }
        Rectangle2D r = geo.toImage(a.area());
        double s = geo.scale();
        TextBox box = a.textBox();
        Color text;
        if (box == null) {
            Color wash = AnnotationColors.of(a.color());
            g.setColor(new Color(wash.getRed(), wash.getGreen(), wash.getBlue(), 40));
            g.fill(r);
            box = TextBox.PLAIN;
            text = new Color(colors.map(0));
        } else {
            text = new Color(colors.map(AnnotationColors.of(a.color()).getRGB()));
            if (box.fill() != null) {
                g.setColor(new Color(colors.map(Integer.parseInt(box.fill().substring(1), 16))));
                g.fill(r);
            }
            if (box.border() > 0) {
                double w = box.border() * s;
                g.setColor(text);
                g.setStroke(new BasicStroke((float) w));
                g.draw(new Rectangle2D.Double(r.getX() + w / 2, r.getY() + w / 2, r.getWidth() - w, r.getHeight() - w));
            }
        }
        String words = a.note();
        if (words == null || words.isBlank()) {
            return;
        }
        double inset = 2 * box.border() * s;
        Font font = new Font(family(box.font()), Font.PLAIN, 1).deriveFont((float) (box.fontSize() * s));
        Shape clip = g.getClip();
        g.clip(r);
        try {
            g.setFont(font);
            g.setColor(text);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            FontMetrics fm = g.getFontMetrics();
            double x = r.getX() + inset;
            double y = r.getY() + inset + FIRST_BASELINE * box.fontSize() * s;
            for (String line : lines(words, fm, r.getWidth() - 2 * inset)) {
                if (y - fm.getAscent() > r.getMaxY()) {
                    break;
                }
                g.drawString(line, (float) x, (float) y);
                y += LINE_HEIGHT * box.fontSize() * s;
            }
        } finally {
            g.setClip(clip);
        }
    }

    private static String family(String font) {
        return switch (font) {
            case TextBox.MONO -> Font.MONOSPACED;
            case TextBox.SERIF -> Font.SERIF;
            default -> Font.SANS_SERIF;
        };
    }

    /** The text's lines, each wrapped at spaces to {@code width} (a word longer than that on its own line). */
    static List<String> lines(String text, FontMetrics fm, double width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ", -1)) {
                String tried = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && fm.stringWidth(tried) > width) {
                    out.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(tried);
                }
            }
            out.add(line.toString());
        }
        return out;
    }
}
