package dev.gloss.desktop.composer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import javax.swing.Icon;
import javax.swing.UIManager;

/**
 * Small vector icons painted in the current theme's colours, so they are crisp at any scale and
 * fit light and dark themes alike.
 */
final class Glyphs {
    private Glyphs() {
    }

    /** Theme colours with fallbacks for look and feels other than FlatLaf. */
    static Color red() {
        return color("Actions.Red", new Color(0xD32F2F));
    }

    static Color yellow() {
        return color("Actions.Yellow", new Color(0xE0A000));
    }

    static Color muted() {
        return color("Label.disabledForeground", Color.GRAY);
    }

    static Color border() {
        return color("Component.borderColor", Color.LIGHT_GRAY);
    }

    static Color focus() {
        return color("Component.focusColor", new Color(0x3874D8));
    }

    static Color color(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c != null ? c : fallback;
    }

    /** Six dots: "drag me". */
    static Icon grip() {
        return new Painted(10, 16) {
            @Override
            void paint(Graphics2D g, Component c) {
                g.setColor(muted());
                for (int row = 0; row < 3; row++) {
                    for (int col = 0; col < 2; col++) {
                        g.fillOval(1 + col * 5, 2 + row * 5, 3, 3);
                    }
                }
            }
        };
    }

    /** Three dots: "more actions". */
    static Icon more() {
        return new Painted(16, 16) {
            @Override
            void paint(Graphics2D g, Component c) {
                g.setColor(c == null ? Color.GRAY : c.getForeground());
                for (int i = 0; i < 3; i++) {
                    g.fillOval(2 + i * 5, 7, 3, 3);
                }
            }
        };
    }

    /** A cross: "remove". */
    static Icon cross() {
        return new Painted(12, 12) {
            @Override
            void paint(Graphics2D g, Component c) {
                g.setColor(c == null ? Color.GRAY : c.getForeground());
                g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.drawLine(3, 3, 9, 9);
                g.drawLine(9, 3, 3, 9);
            }
        };
    }

    /** A small warning triangle in the theme's yellow. */
    static Icon warning() {
        return new Painted(14, 14) {
            @Override
            void paint(Graphics2D g, Component c) {
                Path2D p = new Path2D.Float();
                p.moveTo(7, 1);
                p.lineTo(13.5, 13);
                p.lineTo(0.5, 13);
                p.closePath();
                g.setColor(yellow());
                g.fill(p);
                g.setColor(Color.BLACK);
                g.fillRect(6, 5, 2, 4);
                g.fillRect(6, 10, 2, 2);
            }
        };
    }

    /** Base of the painted icons: antialiased, fixed logical size. */
    private abstract static class Painted implements Icon {
        private final int w;
        private final int h;

        Painted(int w, int h) {
            this.w = w;
            this.h = h;
        }

        abstract void paint(Graphics2D g, Component c);

        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g2.translate(x, y);
                paint(g2, c);
            } finally {
                g2.dispose();
            }
        }

        @Override
        public int getIconWidth() {
            return w;
        }

        @Override
        public int getIconHeight() {
            return h;
        }
    }
}
