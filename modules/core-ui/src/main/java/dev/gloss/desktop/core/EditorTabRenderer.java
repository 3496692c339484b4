package dev.gloss.desktop.core;

import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Insets;
import java.awt.Polygon;
import java.awt.Rectangle;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.netbeans.swing.tabcontrol.TabDisplayer;
import org.netbeans.swing.tabcontrol.plaf.AbstractTabCellRenderer;
import org.netbeans.swing.tabcontrol.plaf.TabControlButton;
import org.netbeans.swing.tabcontrol.plaf.TabPainter;

/**
 * A paper (editor) tab drawn with the colours the look has now: NetBeans' FlatLaf tab renderer
 * reads its colours once, into static fields, so after a live theme switch {@link Theme} puts
 * this one in its place. It reads the same {@code EditorTab.*} keys at each paint, and takes its
 * close icon from the tab row's own look.
 */
final class EditorTabRenderer extends AbstractTabCellRenderer {
    private static final int CLOSE_ICON_RIGHT_PAD = 2;
    private final TabDisplayer displayer;

    EditorTabRenderer(TabDisplayer displayer) {
        super(new Painter(), new Dimension(0, 0));
        this.displayer = displayer;
    }

    @Override
    public Dimension getPadding() {
        Insets in = tabInsets();
        Dimension d = new Dimension(in.left + in.right, in.top + in.bottom);
        Icon close = closeIcon();
        if (isShowCloseButton() && close != null && !Boolean.getBoolean("nb.tabs.suppressCloseButton")) {
            d.width += close.getIconWidth() + CLOSE_ICON_RIGHT_PAD;
        }
        return d;
    }

    @Override
    protected int getCaptionYAdjustment() {
        // the text is drawn at its baseline when the tab is no taller than the font
        FontMetrics fm = getFontMetrics(getFont());
        Insets ins = getInsets();
        return getHeight() - (ins.top + ins.bottom) <= fm.getHeight() ? -fm.getDescent() : 0;
    }

    @Override
    protected int stateChanged(int oldState, int newState) {
        int result = super.stateChanged(oldState, newState);
        Color normal = color("EditorTab.foreground", color("TabbedPane.foreground", getForeground()));
        Color active = color("EditorTab.activeForeground", normal);
        setForeground(byState(normal, active, color("EditorTab.selectedForeground", active), color("EditorTab.hoverForeground", normal),
                color("EditorTab.attentionForeground", normal)));
        return result;
    }

    private Color byState(Color normal, Color active, Color selected, Color hover, Color attention) {
        return isAttention() ? attention : isArmed() ? hover : isSelected() ? selected : isActive() ? active : normal;
    }

    private Icon closeIcon() {
        int state = inCloseButton() ? (isPressed() ? TabControlButton.STATE_PRESSED : TabControlButton.STATE_ROLLOVER)
                : TabControlButton.STATE_DEFAULT;
        return displayer.getUI() == null ? null : displayer.getUI().getButtonIcon(TabControlButton.ID_CLOSE_BUTTON, state);
    }

    static Insets tabInsets() {
        Insets in = UIManager.getInsets("EditorTab.tabInsets");
        return in == null ? new Insets(4, 8, 4, 4) : in;
    }

    private static Color color(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c != null ? c : fallback;
    }

    /** Fills the tab in its state's colour, underlines the selected one, and draws the close button. */
    private static final class Painter implements TabPainter {
        @Override
        public Insets getBorderInsets(Component c) {
            return tabInsets();
        }

        @Override
        public boolean isBorderOpaque() {
            return true;
        }

        @Override
        public void paintBorder(Component c, Graphics g, int x, int y, int width, int height) {
            // the interior is all there is
        }

        @Override
        public Polygon getInteriorPolygon(Component c) {
            return new Polygon(new int[]{0, c.getWidth(), c.getWidth(), 0}, new int[]{0, 0, c.getHeight(), c.getHeight()}, 4);
        }

        @Override
        public void getCloseButtonRectangle(JComponent c, Rectangle rect, Rectangle bounds) {
            EditorTabRenderer ren = (EditorTabRenderer) c;
            Icon icon = ren.isShowCloseButton() ? ren.closeIcon() : null;
            if (icon == null) {
                rect.setBounds(-100, -100, 0, 0);
                return;
            }
            rect.setBounds(bounds.x + bounds.width - icon.getIconWidth() - CLOSE_ICON_RIGHT_PAD,
                    bounds.y + Math.max(0, bounds.height / 2 - icon.getIconHeight() / 2), icon.getIconWidth(), icon.getIconHeight());
        }

        @Override
        public boolean supportsCloseButton(JComponent renderer) {
            return !(renderer instanceof TabDisplayer d) || d.isShowCloseButton();
        }

        @Override
        public void paintInterior(Graphics g, Component c) {
            EditorTabRenderer ren = (EditorTabRenderer) c;
            int w = c.getWidth();
            int h = c.getHeight();
            Color background = color("EditorTab.background", c.getBackground());
            Color active = color("EditorTab.activeBackground", background);
            g.setColor(ren.byState(background, active, color("EditorTab.selectedBackground", active),
                    color("EditorTab.hoverBackground", background), color("EditorTab.attentionBackground", background)));
            g.fillRect(0, 0, w, h);
            int underline = UIManager.getInt("EditorTab.underlineHeight");
            if (ren.isSelected() && underline > 0) {
                g.setColor(color(ren.isActive() ? "EditorTab.underlineColor" : "EditorTab.inactiveUnderlineColor", c.getForeground()));
                g.fillRect(0, UIManager.getBoolean("EditorTab.underlineAtTop") ? 0 : h - underline, w, underline);
            } else {
                g.setColor(color("TabbedContainer.editor.contentBorderColor", background));
                g.fillRect(0, h - 1, w, 1);
            }
            if (!ren.isClipLeft() && !ren.isClipRight()) {
                Rectangle r = new Rectangle();
                getCloseButtonRectangle(ren, r, new Rectangle(0, 0, w, h));
                Icon icon = ren.closeIcon();
                if (icon != null && g.hitClip(r.x, r.y, r.width, r.height)) {
                    icon.paintIcon(ren, g, r.x, r.y);
                }
            }
        }
    }
}
