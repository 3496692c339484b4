package dev.gloss.desktop.annotations;

import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * A short message in the middle of an empty list, wrapped at word boundaries to the width it is
 * given and centred line by line (an HTML label cannot learn its width before it is laid out).
 */
final class MessageLabel extends JComponent {
    private String text = "";

    MessageLabel() {
        setFont(UIManager.getFont("Label.font"));
        setForeground(UIManager.getColor("Label.disabledForeground"));
    }

    void setText(String t) {
        text = t == null ? "" : t;
        revalidate();
        repaint();
    }

    String getText() {
        return text;
    }

    @Override
    public javax.accessibility.AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public javax.accessibility.AccessibleRole getAccessibleRole() {
                    return javax.accessibility.AccessibleRole.LABEL;
                }

                @Override
                public String getAccessibleName() {
                    return text;
                }
            };
        }
        return accessibleContext;
    }

    @Override
    public Dimension getPreferredSize() {
        FontMetrics fm = getFontMetrics(getFont());
        int width = getParent() != null && getParent().getWidth() > 0 ? getParent().getWidth() : 280;
        return new Dimension(Math.min(width, fm.stringWidth(text) + 2), lines(fm, width).size() * fm.getHeight());
    }

    @Override
    @SuppressWarnings("deprecation")
    public void reshape(int x, int y, int w, int h) {
        boolean wider = w != getWidth();
        super.reshape(x, y, w, h);
        if (wider) {
            // the number of lines depends on the width: lay out again with the new one
            javax.swing.SwingUtilities.invokeLater(this::revalidate);
        }
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(40, getPreferredSize().height);
    }

    private List<String> lines(FontMetrics fm, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && fm.stringWidth(candidate) > width) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            Object hints = getToolkit().getDesktopProperty("awt.font.desktophints");
            if (hints instanceof java.util.Map<?, ?> m) {
                g.addRenderingHints(m);
            } else {
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            }
            g.setFont(getFont());
            g.setColor(getForeground());
            FontMetrics fm = g.getFontMetrics();
            int y = fm.getAscent();
            for (String line : lines(fm, getWidth())) {
                g.drawString(line, (getWidth() - fm.stringWidth(line)) / 2, y);
                y += fm.getHeight();
            }
        } finally {
            g.dispose();
        }
    }
}
