package dev.gloss.desktop.reader.navigate;

import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.render.RenderKey;
import dev.gloss.desktop.reader.render.RenderScheduler;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.AbstractListModel;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;

/**
 * Small images of every page, rendered lazily in the background (only the thumbnails in view,
 * after the pages on screen); choosing one goes to its page.
 */
public final class ThumbnailPanel extends JPanel {
    private static final int THUMB_WIDTH = 112;
    private final OpenDocument doc;
    private final RenderScheduler scheduler;
    private final JList<Integer> list;
    private boolean following;
    private double deviceScale = 1;

    public ThumbnailPanel(OpenDocument doc, RenderScheduler scheduler, IntConsumer goTo) {
        super(new BorderLayout());
        this.doc = doc;
        this.scheduler = scheduler;
        list = new JList<>(new AbstractListModel<Integer>() {
            @Override
            public int getSize() {
                return doc.pageCount();
            }

            @Override
            public Integer getElementAt(int index) {
                return index + 1;
            }
        });
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new Cell());
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !following && list.getSelectedValue() != null) {
                goTo.accept(list.getSelectedValue());
            }
        });
        JScrollPane sp = new JScrollPane(list);
        sp.setBorder(BorderFactory.createEmptyBorder());
        sp.getVerticalScrollBar().setUnitIncrement(32);
        sp.getViewport().addChangeListener(e -> schedule());
        add(sp, BorderLayout.CENTER);
    }

    /** Selects the page the reader shows, without jumping. */
    public void follow(int page) {
        following = true;
        try {
            list.setSelectedIndex(page - 1);
            list.ensureIndexIsVisible(page - 1);
        } finally {
            following = false;
        }
    }

    private double scaleOf(int page) {
        return THUMB_WIDTH / doc.width(page) * deviceScale;
    }

    /** Asks for the thumbnails in view; nothing while the panel is hidden. */
    public void schedule() {
        if (!isShowing()) {
            scheduler.cancel(RenderScheduler.Group.THUMBNAILS);
            return;
        }
        AffineTransform t = getGraphicsConfiguration() == null ? null : getGraphicsConfiguration().getDefaultTransform();
        deviceScale = t == null ? 1 : Math.max(1, t.getScaleX());
        int first = list.getFirstVisibleIndex();
        int last = list.getLastVisibleIndex();
        List<RenderKey> want = new ArrayList<>();
        if (first >= 0) {
            for (int i = first; i <= last + 2 && i < doc.pageCount(); i++) {
                want.add(RenderKey.page(i + 1, scaleOf(i + 1)));
            }
        }
        scheduler.want(RenderScheduler.Group.THUMBNAILS, want);
    }

    /** A render is ready: repaint its cell if it is a thumbnail. */
    public void rendered(RenderKey key) {
        if (!isShowing() || key.isTile() || key.scaleMilli() != RenderKey.page(key.page(), scaleOf(key.page())).scaleMilli()) {
            return;
        }
        Rectangle r = list.getCellBounds(key.page() - 1, key.page() - 1);
        if (r != null) {
            list.repaint(r);
        }
    }

    @Override
    public void addNotify() {
        super.addNotify();
        java.awt.EventQueue.invokeLater(this::schedule);
    }

    /** One thumbnail with its page label underneath. */
    private final class Cell extends JComponent implements ListCellRenderer<Integer> {
        private int page;
        private boolean selected;

        @Override
        public Component getListCellRendererComponent(JList<? extends Integer> l, Integer value, int index,
                boolean isSelected, boolean hasFocus) {
            page = value;
            selected = isSelected;
            int h = (int) Math.round(THUMB_WIDTH * doc.height(page) / doc.width(page));
            setPreferredSize(new Dimension(THUMB_WIDTH + 24, Math.min(THUMB_WIDTH * 3, h) + 34));
            return this;
        }

        @Override
        protected void paintComponent(Graphics g0) {
            Graphics2D g = (Graphics2D) g0;
            int h = Math.min(THUMB_WIDTH * 3, (int) Math.round(THUMB_WIDTH * doc.height(page) / doc.width(page)));
            int x = (getWidth() - THUMB_WIDTH) / 2;
            int y = 8;
            Color sel = UIManager.getColor("List.selectionBackground");
            if (selected) {
                g.setColor(sel != null ? sel : new Color(0x26, 0x75, 0xBF));
                g.fillRoundRect(x - 4, y - 4, THUMB_WIDTH + 8, h + 8, 6, 6);
            }
            g.setColor(new Color(0, 0, 0, 40));
            g.drawRect(x - 1, y - 1, THUMB_WIDTH + 1, h + 1);
            g.setColor(Color.WHITE);
            g.fillRect(x, y, THUMB_WIDTH, h);
            BufferedImage img = scheduler.cached(RenderKey.page(page, scaleOf(page)));
            if (img == null) {
                img = scheduler.cache().best(page);
            }
            if (img != null) {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(img, x, y, THUMB_WIDTH, h, null);
            }
            String label = doc.label(page);
            Font f = getFont() != null ? getFont() : UIManager.getFont("Label.font");
            g.setFont(f);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            FontMetrics fm = g.getFontMetrics();
            Color fg = UIManager.getColor("Label.foreground");
            g.setColor(fg != null ? fg : Color.DARK_GRAY);
            g.drawString(label, (getWidth() - fm.stringWidth(label)) / 2, y + h + 6 + fm.getAscent());
        }
    }
}
