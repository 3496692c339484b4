package dev.gloss.desktop.composer;

import dev.gloss.workspace.PostImage;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.swing.JComponent;

/**
 * A post's images as social apps lay them out: one image at its own proportions, two side by side,
 * three as one tall and two stacked, four as a two-by-two grid; rounded corners, cropped to fill,
 * and an "ALT" badge on images that have alt text.
 */
final class ImageGrid extends JComponent {
    private static final int GAP = 4;
    private static final int MAX_SINGLE_HEIGHT = 320;

    private final List<PostImage> images;
    private final BufferedImage[] loaded;
    private int laidOutWidth = -1;

    ImageGrid(List<PostImage> images, Path root) {
        this.images = List.copyOf(images.subList(0, Math.min(images.size(), ThreadEditor.MAX_IMAGES)));
        this.loaded = new BufferedImage[this.images.size()];
        for (int i = 0; i < this.images.size(); i++) {
            int k = i;
            Thumbnails.load(MediaStore.resolve(root, this.images.get(i).file()), 640, img -> {
                loaded[k] = img;
                revalidate();
                repaint();
            });
        }
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                if (getWidth() != laidOutWidth) {
                    laidOutWidth = getWidth();
                    revalidate();
                }
            }
        });
    }

    @Override
    public Dimension getPreferredSize() {
        Insets in = getInsets();
        int w = Math.max(120, (getWidth() > 0 ? getWidth() : 360) - in.left - in.right);
        return new Dimension(w, heightFor(w) + in.top + in.bottom);
    }

    @Override
    public Dimension getMaximumSize() {
        return new Dimension(Integer.MAX_VALUE, getPreferredSize().height);
    }

    private int heightFor(int w) {
        if (images.size() == 1) {
            BufferedImage img = loaded[0];
            int h = img == null ? w * 9 / 16 : (int) ((double) w * img.getHeight() / img.getWidth());
            return Math.min(MAX_SINGLE_HEIGHT, Math.max(60, h));
        }
        return images.size() == 2 ? w / 2 : w * 2 / 3;
    }

    /** A single image keeps its proportions: as wide as fits its capped height, never cropped. */
    private int singleWidth(int w, int h) {
        BufferedImage img = loaded[0];
        if (img == null) {
            return w;
        }
        return Math.min(w, Math.max(60, (int) ((double) h * img.getWidth() / img.getHeight())));
    }

    private List<Rectangle> cells(int x, int y, int w, int h) {
        int half = (w - GAP) / 2;
        int halfH = (h - GAP) / 2;
        return switch (images.size()) {
            case 1 -> List.of(new Rectangle(x, y, singleWidth(w, h), h));
            case 2 -> List.of(new Rectangle(x, y, half, h), new Rectangle(x + half + GAP, y, w - half - GAP, h));
            case 3 -> List.of(new Rectangle(x, y, half, h), new Rectangle(x + half + GAP, y, w - half - GAP, halfH),
                    new Rectangle(x + half + GAP, y + halfH + GAP, w - half - GAP, h - halfH - GAP));
            default -> new ArrayList<>(Arrays.asList(new Rectangle(x, y, half, halfH),
                    new Rectangle(x + half + GAP, y, w - half - GAP, halfH),
                    new Rectangle(x, y + halfH + GAP, half, h - halfH - GAP),
                    new Rectangle(x + half + GAP, y + halfH + GAP, w - half - GAP, h - halfH - GAP)));
        };
    }

    @Override
    protected void paintComponent(Graphics g) {
        Insets in = getInsets();
        int w = getWidth() - in.left - in.right;
        int h = getHeight() - in.top - in.bottom;
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            List<Rectangle> cells = cells(in.left, in.top, w, h);
            for (int i = 0; i < cells.size(); i++) {
                paintCell(g2, cells.get(i), loaded[i], images.get(i).hasAlt());
            }
        } finally {
            g2.dispose();
        }
    }

    private void paintCell(Graphics2D g, Rectangle r, BufferedImage img, boolean alt) {
        RoundRectangle2D shape = new RoundRectangle2D.Float(r.x, r.y, r.width, r.height, 14, 14);
        Graphics2D c = (Graphics2D) g.create();
        try {
            c.clip(shape);
            c.setColor(Glyphs.border());
            c.fill(r);
            if (img != null) {
                // cover: fill the cell, crop what sticks out, centred
                double f = Math.max((double) r.width / img.getWidth(), (double) r.height / img.getHeight());
                int iw = (int) Math.ceil(img.getWidth() * f);
                int ih = (int) Math.ceil(img.getHeight() * f);
                c.drawImage(img, r.x + (r.width - iw) / 2, r.y + (r.height - ih) / 2, iw, ih, null);
            }
        } finally {
            c.dispose();
        }
        g.setColor(Glyphs.border());
        g.draw(shape);
        if (alt) {
            g.setFont(getFont() == null ? new Font(Font.SANS_SERIF, Font.BOLD, 10) : getFont().deriveFont(Font.BOLD, 10f));
            int bw = g.getFontMetrics().stringWidth("ALT") + 8;
            g.setColor(new Color(0, 0, 0, 170));
            g.fillRoundRect(r.x + 6, r.y + r.height - 22, bw, 16, 6, 6);
            g.setColor(Color.WHITE);
            g.drawString("ALT", r.x + 10, r.y + r.height - 10);
        }
    }
}
