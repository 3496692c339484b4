package dev.gloss.desktop.composer;

import dev.gloss.desktop.core.text.EmojiEditorKit;
import dev.gloss.threads.Facet;
import dev.gloss.threads.Platform;
import dev.gloss.threads.PostEmbeds;
import dev.gloss.workspace.PostImage;
import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextPane;
import javax.swing.UIManager;
import javax.swing.text.BadLocationException;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;
import org.openide.util.NbBundle;

/**
 * One post drawn roughly as its platform shows it in a thread: avatar (with the line joining the
 * thread's posts), name and handle, the text with links, mentions and hashtags in the platform's
 * link colour, the images in the platform's grid, and the position in the thread ("1/5"). Text
 * past the limit is tinted red.
 */
@NbBundle.Messages({
    "LBL_You=You",
    "LBL_Now=now",
    "# {0} - post number",
    "# {1} - number of posts",
    "LBL_Marker={0}/{1}"
})
final class PreviewPost extends JPanel {
    private static final Logger LOG = Logger.getLogger(PreviewPost.class.getName());
    private static final int AVATAR = 40;

    /**
     * What to draw, computed off the event thread.
     *
     * @param card  the paper's link card the post will carry (Bluesky), or null
     * @param thumb the card's image, or null
     */
    record Content(String text, List<PostImage> images, List<FacetSpans.Span> spans, int overflowStart,
            PostEmbeds.Card card, java.awt.image.BufferedImage thumb) {
        Content(String text, List<PostImage> images, List<FacetSpans.Span> spans, int overflowStart) {
            this(text, images, spans, overflowStart, null, null);
        }
    }

    private final String shownText;

    PreviewPost(Platform platform, String handle, Content content, int number, int total, Path root) {
        this(platform, handle, content, number, total, root, LinkCard.WIDTH);
    }

    /** @param cardWidth how wide the link card may be, to fit the column it is shown in */
    PreviewPost(Platform platform, String handle, Content content, int number, int total, Path root, int cardWidth) {
        super(new BorderLayout(10, 0));
        this.shownText = content.text();
        setOpaque(false);
        setBorder(BorderFactory.createEmptyBorder(10, 12, number == total ? 12 : 0, 12));
        setName("preview." + number);
        add(new Avatar(platform, number < total), BorderLayout.WEST);

        JPanel head = new JPanel(new BorderLayout(6, 0));
        head.setOpaque(false);
        JLabel who = new JLabel("<html><b>" + escape(displayName(handle)) + "</b>&nbsp; <font color='"
                + hex(Glyphs.muted()) + "'>" + escape(shownHandle(platform, handle)) + " · " + Bundle.LBL_Now() + "</font></html>");
        JLabel marker = new JLabel(Bundle.LBL_Marker(number, total));
        marker.setName("marker");
        marker.setForeground(Glyphs.muted());
        head.add(who, BorderLayout.CENTER);
        head.add(marker, BorderLayout.EAST);

        JPanel body = new JPanel();
        body.setOpaque(false);
        body.setLayout(new BoxLayout(body, BoxLayout.Y_AXIS));
        head.setAlignmentX(LEFT_ALIGNMENT);
        body.add(head);
        JTextPane text = text(platform, content);
        text.setAlignmentX(LEFT_ALIGNMENT);
        body.add(text);
        if (!content.images().isEmpty()) {
            ImageGrid grid = new ImageGrid(content.images(), root);
            grid.setAlignmentX(LEFT_ALIGNMENT);
            grid.setBorder(BorderFactory.createEmptyBorder(6, 0, 0, 0));
            body.add(grid);
        }
        if (content.card() != null) {
            LinkCard card = new LinkCard(content.card(), content.thumb(), cardWidth);
            card.setAlignmentX(LEFT_ALIGNMENT);
            body.add(javax.swing.Box.createVerticalStrut(6));
            body.add(card);
        }
        add(body, BorderLayout.CENTER);
    }

    /** For tests: the text shown, as the platform will get it (with its numbering when the account wants one). */
    String shownText() {
        return shownText;
    }

    /** For tests: the link card drawn under the text, or null. */
    LinkCard card() {
        return findCard(this);
    }

    private static LinkCard findCard(java.awt.Container c) {
        for (java.awt.Component k : c.getComponents()) {
            if (k instanceof LinkCard l) {
                return l;
            }
            LinkCard inner = k instanceof java.awt.Container kc ? findCard(kc) : null;
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    @Override
    public Dimension getMaximumSize() {
        return new Dimension(Integer.MAX_VALUE, getPreferredSize().height);
    }

    private static JTextPane text(Platform platform, Content content) {
        JTextPane pane = new JTextPane();
        EmojiEditorKit.useIn(pane); // emoji as the platform's app shows them: in colour, on any machine
        pane.setName("text");
        pane.setEditable(false);
        pane.setOpaque(false);
        pane.setBorder(BorderFactory.createEmptyBorder(2, 0, 0, 0));
        Font base = UIManager.getFont("Label.font");
        pane.setFont(base.deriveFont(base.getSize2D() + 1f));
        StyledDocument doc = pane.getStyledDocument();
        try {
            doc.insertString(0, content.text(), null);
        } catch (BadLocationException e) {
            LOG.log(Level.FINE, "preview text", e);
        }
        SimpleAttributeSet link = new SimpleAttributeSet();
        StyleConstants.setForeground(link, linkColor(platform));
        for (FacetSpans.Span s : content.spans()) {
            if (platform != Platform.LINKEDIN || s.kind() != Facet.Kind.MENTION) {
                doc.setCharacterAttributes(s.start(), s.end() - s.start(), link, false);
            }
        }
        if (content.overflowStart() >= 0) {
            SimpleAttributeSet over = new SimpleAttributeSet();
            Color red = Glyphs.red();
            StyleConstants.setBackground(over, new Color(red.getRed(), red.getGreen(), red.getBlue(), 70));
            doc.setCharacterAttributes(content.overflowStart(), content.text().length() - content.overflowStart(), over, false);
        }
        return pane;
    }

    /** Each platform's link colour (close to its own app's, readable on light and dark). */
    static Color linkColor(Platform p) {
        boolean dark = UIManager.getBoolean("laf.dark");
        return switch (p) {
            case X -> new Color(0x1D9BF0);
            case BLUESKY -> new Color(0x1083FE);
            case MASTODON -> dark ? new Color(0x8C8DFF) : new Color(0x563ACC);
            case LINKEDIN -> dark ? new Color(0x71B7FB) : new Color(0x0A66C2);
            case THREADS -> dark ? new Color(0x77A7FF) : new Color(0x0095F6);
        };
    }

    private static String displayName(String handle) {
        if (handle == null || handle.isBlank()) {
            return Bundle.LBL_You();
        }
        String h = handle.startsWith("@") ? handle.substring(1) : handle;
        int cut = h.indexOf('.') > 0 ? h.indexOf('.') : h.indexOf('@') > 0 ? h.indexOf('@') : h.length();
        return h.substring(0, cut);
    }

    /** How the platform writes a handle; placeholders when no account is set up. */
    static String shownHandle(Platform p, String handle) {
        String h = handle == null || handle.isBlank() ? null : handle.startsWith("@") ? handle.substring(1) : handle;
        return switch (p) {
            case X -> "@" + (h == null ? "you" : h);
            case BLUESKY -> "@" + (h == null ? "you.bsky.social" : h);
            case MASTODON -> "@" + (h == null ? "you@mastodon.social" : h);
            case LINKEDIN -> h == null ? "" : h;
            case THREADS -> h == null ? "you" : h;
        };
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    /**
     * The link card as Bluesky draws it: the image across the top in its 1.91:1 frame, then the
     * site, the title in bold and two lines of description, in a rounded frame.
     */
    static final class LinkCard extends JPanel {
        /** The widest a card is drawn; narrower when the column is. */
        static final int WIDTH = 320;
        private final PostEmbeds.Card card;
        private final int width;

        LinkCard(PostEmbeds.Card card, java.awt.image.BufferedImage thumb, int maxWidth) {
            super(new BorderLayout());
            this.card = card;
            this.width = Math.max(160, Math.min(WIDTH, maxWidth));
            setName("card");
            setOpaque(false);
            setBorder(new javax.swing.border.LineBorder(Glyphs.border(), 1, true));
            if (thumb != null) {
                int h = width * thumb.getHeight() / thumb.getWidth();
                JLabel image = new JLabel(new javax.swing.ImageIcon(thumb.getScaledInstance(width, h, java.awt.Image.SCALE_SMOOTH)));
                image.setName("card.thumb");
                add(image, BorderLayout.NORTH);
            }
            String site = java.net.URI.create(card.uri()).getHost();
            // Swing's HTML measures CSS pixels larger than screen pixels: 3/4 of the frame fits inside it
            JLabel text = new JLabel("<html><div style='width:" + (width * 3 / 4 - 8) + "px'><font color='" + hex(Glyphs.muted()) + "'>"
                    + escape(site == null ? card.uri() : site) + "</font><br><b>" + escape(card.title()) + "</b><br>"
                    + escape(twoLines(card.description())) + "</div></html>");
            text.setName("card.text");
            text.setBorder(BorderFactory.createEmptyBorder(6, 8, 8, 8));
            add(text, BorderLayout.CENTER);
        }

        PostEmbeds.Card card() {
            return card;
        }

        @Override
        public Dimension getMaximumSize() {
            return new Dimension(width + 2, getPreferredSize().height);
        }

        /** About two lines of the card's width. */
        private static String twoLines(String s) {
            return s.length() <= 110 ? s : s.substring(0, 107).strip() + "…";
        }
    }

    /** A round placeholder avatar in the platform's colour, and the line down to the next post. */
    private static final class Avatar extends JComponent {
        private final Platform platform;
        private final boolean line;

        Avatar(Platform platform, boolean line) {
            this.platform = platform;
            this.line = line;
            setPreferredSize(new Dimension(AVATAR, AVATAR));
        }

        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                if (line) {
                    g2.setColor(Glyphs.border());
                    g2.setStroke(new BasicStroke(2f));
                    g2.drawLine(AVATAR / 2, AVATAR + 4, AVATAR / 2, getHeight() + 6);
                }
                g2.setColor(linkColor(platform));
                g2.fillOval(0, 0, AVATAR, AVATAR);
                g2.setColor(Color.WHITE);
                g2.setFont(getFont().deriveFont(Font.BOLD, 16f));
                String s = platform.displayName().substring(0, 1);
                int w = g2.getFontMetrics().stringWidth(s);
                g2.drawString(s, (AVATAR - w) / 2, AVATAR / 2 + g2.getFontMetrics().getAscent() / 2 - 2);
            } finally {
                g2.dispose();
            }
        }
    }
}
