package dev.gloss.desktop.reader.navigate;

import dev.gloss.pdf.Citation;
import dev.gloss.pdf.Reference;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Window;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelListener;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JWindow;
import javax.swing.UIManager;
import org.openide.util.NbBundle;

/**
 * The preview beside a citation or a reference to a figure: the target as the page draws it,
 * sized to its content; for a citation, a card with the entry's identifiers and what can be
 * done with it. A window that never takes the focus: the keyboard stays with the pages.
 */
@NbBundle.Messages({
    "TIP_PreviewClick=Click to go there (Alt+Left comes back)",
    "CTL_CopyReference=Copy",
    "TIP_CopyReference=Copy the reference",
    "CTL_OpenReference=Open Link",
    "# {0} - address",
    "TIP_OpenReference=Open {0} in the browser",
    "CTL_QuoteReference=Quote in Thread",
    "TIP_QuoteReference=Add the reference to the thread in the composer",
    "CTL_GoToReference=Go to Reference",
    "CTL_AddReference=Add to Library",
    "# {0} - arXiv id, DOI or address",
    "TIP_AddReference=Add {0} to the library and open it",
    "CTL_OpenPaper=Open",
    "# {0} - title of the paper",
    "TIP_OpenPaper=Open \u201c{0}\u201d from the library"
})
public final class PreviewWindow extends JWindow {
    /**
     * What the card's buttons do; null actions leave their button out. {@code add} (the entry is
     * not in the library) and {@code openPaper} (it is) are never both given.
     */
    record CardActions(Runnable copy, String openAddress, Runnable open, Runnable quote, String libraryLink, Runnable add,
            Runnable openPaper, String paperTitle) {
    }

    private final Citation citation;
    private final JComponent image;
    private final double scale;

    /**
     * @param scale screen points per page point the picture was drawn at (before the screen's
     *              own scale)
     */
    PreviewWindow(Window owner, Citation citation, BufferedImage picture, double scale, double deviceScale, CardActions actions,
            Runnable follow) {
        super(owner);
        this.citation = citation;
        this.scale = scale;
        setType(Window.Type.POPUP);
        setFocusableWindowState(false);
        setAutoRequestFocus(false);
        JPanel root = new JPanel(new BorderLayout(0, 6));
        Color line = UIManager.getColor("Separator.foreground");
        root.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(line == null ? Color.GRAY : line),
                BorderFactory.createEmptyBorder(6, 6, 6, 6)));
        image = new Picture(picture, deviceScale);
        image.setToolTipText(Bundle.TIP_PreviewClick());
        image.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        image.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                follow.run();
            }
        });
        // at its own size, never stretched to the card's width
        JPanel holder = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        holder.setOpaque(false);
        holder.add(image);
        root.add(holder, BorderLayout.CENTER);
        Reference ref = citation.target() == null ? null : citation.target().reference();
        if (ref != null && actions != null) {
            root.add(card(ref, actions, follow), BorderLayout.SOUTH);
        }
        setContentPane(root);
        pack();
    }

    public Citation citation() {
        return citation;
    }

    /** Screen points per page point of the picture. */
    public double scale() {
        return scale;
    }

    /** The picture of the target, as drawn in the window (for tests: the rendered region). */
    public JComponent picture() {
        return image;
    }

    private static JComponent card(Reference ref, CardActions a, Runnable follow) {
        JPanel card = new JPanel();
        card.setOpaque(false);
        card.setLayout(new BoxLayout(card, BoxLayout.Y_AXIS));
        StringBuilder ids = new StringBuilder();
        if (ref.arxivId() != null) {
            ids.append("arXiv:").append(ref.arxivId());
        }
        if (ref.doi() != null) {
            ids.append(ids.length() == 0 ? "" : "   ").append("DOI ").append(ref.doi());
        }
        if (ids.length() > 0) {
            JLabel l = new JLabel(ids.toString());
            l.setAlignmentX(0);
            card.add(l);
            card.add(Box.createVerticalStrut(4));
        }
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        buttons.setOpaque(false);
        buttons.setAlignmentX(0);
        buttons.add(button(Bundle.CTL_GoToReference(), null, follow));
        if (a.copy() != null) {
            buttons.add(Box.createHorizontalStrut(6));
            buttons.add(button(Bundle.CTL_CopyReference(), Bundle.TIP_CopyReference(), a.copy()));
        }
        if (a.open() != null) {
            buttons.add(Box.createHorizontalStrut(6));
            buttons.add(button(Bundle.CTL_OpenReference(), Bundle.TIP_OpenReference(a.openAddress()), a.open()));
        }
        if (a.quote() != null) {
            buttons.add(Box.createHorizontalStrut(6));
            buttons.add(button(Bundle.CTL_QuoteReference(), Bundle.TIP_QuoteReference(), a.quote()));
        }
        if (a.add() != null) {
            buttons.add(Box.createHorizontalStrut(6));
            buttons.add(button(Bundle.CTL_AddReference(), Bundle.TIP_AddReference(a.libraryLink()), a.add()));
        } else if (a.openPaper() != null) {
            buttons.add(Box.createHorizontalStrut(6));
            buttons.add(button(Bundle.CTL_OpenPaper(), Bundle.TIP_OpenPaper(a.paperTitle()), a.openPaper()));
        }
        card.add(buttons);
        return card;
    }

    private static JButton button(String text, String tip, Runnable r) {
        JButton b = new JButton(text);
        b.setFocusable(false); // a click must not take the keyboard from the pages
        b.setToolTipText(tip);
        b.addActionListener(e -> r.run());
        return b;
    }

    /** Forwards the wheel to the pages: the preview never stands in the way of scrolling. */
    void forwardWheel(MouseWheelListener l) {
        getContentPane().addMouseWheelListener(l);
        image.addMouseWheelListener(l);
    }

    /** Places the window under (or, without room, over) a screen rectangle, on its screen. */
    void placeNear(Rectangle marker, GraphicsConfiguration gc) {
        Rectangle screen = gc == null ? new Rectangle(0, 0, 10_000, 10_000) : gc.getBounds();
        Dimension d = getSize();
        int x = Math.max(screen.x, Math.min(marker.x, screen.x + screen.width - d.width));
        int y = marker.y + marker.height + 4;
        if (y + d.height > screen.y + screen.height) {
            y = Math.max(screen.y, marker.y - 4 - d.height);
        }
        setLocation(new Point(x, y));
    }

    /** The image drawn at its device pixels, so it is as sharp as the page. */
    private static final class Picture extends JComponent {
        private final BufferedImage img;
        private final double deviceScale;

        Picture(BufferedImage img, double deviceScale) {
            this.img = img;
            this.deviceScale = deviceScale;
            setPreferredSize(new Dimension((int) Math.ceil(img.getWidth() / deviceScale), (int) Math.ceil(img.getHeight() / deviceScale)));
        }

        @Override
        protected void paintComponent(Graphics g0) {
            Graphics2D g = (Graphics2D) g0.create();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(img, 0, 0, getWidth(), getHeight(), null);
            } finally {
                g.dispose();
            }
        }
    }

    /** The areas of a target stacked into one picture, with a small gap. */
    static BufferedImage stack(List<BufferedImage> parts) {
        int w = 0;
        int h = 0;
        for (BufferedImage p : parts) {
            w = Math.max(w, p.getWidth());
            h += p.getHeight();
        }
        h += 8 * Math.max(0, parts.size() - 1);
        BufferedImage out = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            int y = 0;
            for (BufferedImage p : parts) {
                g.drawImage(p, 0, y, null);
                y += p.getHeight() + 8;
            }
        } finally {
            g.dispose();
        }
        return out;
    }
}
