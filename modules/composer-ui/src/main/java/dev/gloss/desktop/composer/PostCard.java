package dev.gloss.desktop.composer;

import dev.gloss.desktop.core.text.EmojiEditorKit;
import dev.gloss.desktop.core.text.EmojiIcon;
import dev.gloss.desktop.core.text.EmojiPicker;
import dev.gloss.desktop.core.text.TextEditing;
import dev.gloss.desktop.core.widgets.TextChanges;
import dev.gloss.threads.emoji.EmojiIndex;
import dev.gloss.threads.Platform;
import dev.gloss.threads.PlatformRules;
import dev.gloss.threads.Splitter;
import dev.gloss.workspace.Post;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.border.AbstractBorder;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

/**
 * One post of the thread as a card: its number, a wrapping text pane (emoji drawn as images, the
 * picker on its button and Ctrl+.), its images with their alt
 * texts, and a counter per chosen platform that turns red over the limit (the text past the
 * strictest limit is tinted too). Counting runs off the event thread; the newest text wins.
 */
@NbBundle.Messages({
    "# {0} - post number",
    "# {1} - number of posts",
    "LBL_PostNumber={0}/{1}",
    "TIP_Grip=Drag to reorder",
    "TIP_More=Post actions",
    "TIP_Emoji=Emoji (Ctrl+.)",
    "# {0} - lines not shown",
    "LBL_MoreLines={0,choice,1#+1 line|1<+{0} lines}",
    "ACSN_PostText=Post text"
})
final class PostCard extends JPanel implements CardMenu.Card {
    private static final Logger LOG = Logger.getLogger(PostCard.class.getName());
    private static final RequestProcessor COUNTS = new RequestProcessor("Gloss post counts", 1, true);

    private final CardActions actions;
    private final int index;
    /** Lines a post shows while another has the keyboard: several posts and their counters fit a small screen. */
    static final int COLLAPSED_LINES = 5;

    /** The post's text: an editor pane that draws emoji as images (core-ui's text widgets). */
    private final PostText area = new PostText();

    /** The post's text pane, cut to a few lines while another card has the keyboard. */
    private final class PostText extends JTextPane {
        @Override
        public java.awt.Dimension getPreferredSize() {
            java.awt.Dimension d = super.getPreferredSize();
            // as wide as the card lets it be: the lines wrap, they never widen the column
            d.width = Math.min(d.width, Math.max(getWidth(), 1));
            if (!expanded && d.height > collapsedHeight()) {
                // room under the last line shown for the "+N lines" marker, so it covers no text
                d.height = collapsedHeight() + markerStrip();
            }
            return d;
        }

        /**
         * A cut post says so: a fade over the last line shown and, under its end, how many lines
         * are hidden, so no line disappears unnoticed.
         */
        @Override
        protected void paintComponent(java.awt.Graphics g) {
            super.paintComponent(g);
            int hidden = hiddenLines();
            if (!expanded && hidden > 0) {
                int fade = rowHeight();
                int textEnd = collapsedHeight() - getInsets().bottom;
                Color bg = getBackground();
                java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
                g2.setPaint(new java.awt.GradientPaint(0, textEnd - fade, new Color(bg.getRed(), bg.getGreen(), bg.getBlue(), 0),
                        0, textEnd, bg));
                g2.fillRect(0, textEnd - fade, getWidth(), fade);
                // the strip under it: the top of the next line would show there
                g2.setColor(bg);
                g2.fillRect(0, textEnd, getWidth(), getHeight() - textEnd);
                String more = Bundle.LBL_MoreLines(hidden);
                java.awt.Rectangle r = moreMarker(hidden);
                java.awt.FontMetrics fm = g2.getFontMetrics(small(getFont()));
                g2.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
                g2.fillRoundRect(r.x, r.y, r.width, r.height, r.height, r.height);
                g2.setColor(Glyphs.border());
                g2.drawRoundRect(r.x, r.y, r.width - 1, r.height - 1, r.height, r.height);
                g2.setColor(Glyphs.muted());
                g2.setFont(small(getFont()));
                javax.swing.plaf.basic.BasicGraphicsUtils.drawString(this, g2, more, r.x + 6, r.y + 1 + fm.getAscent());
                g2.dispose();
            }
        }

        /** Where the "+N lines" marker goes: at the right, under the last line shown. */
        java.awt.Rectangle moreMarker(int hidden) {
            java.awt.FontMetrics fm = getFontMetrics(small(getFont()));
            int w = fm.stringWidth(Bundle.LBL_MoreLines(hidden)) + 12;
            int h = fm.getHeight() + 2;
            return new java.awt.Rectangle(getWidth() - w - 2, collapsedHeight() - getInsets().bottom + 1, w, h);
        }

        /** The height added under a cut post for its marker. */
        private int markerStrip() {
            return getFontMetrics(small(getFont())).getHeight() + 4;
        }

        private int collapsedHeight() {
            java.awt.Insets in = getInsets();
            return COLLAPSED_LINES * rowHeight() + in.top + in.bottom;
        }

        /** Lines of the post below the collapsed card's last line (0 when it all shows). */
        private int hiddenLines() {
            int full = super.getPreferredSize().height;
            return full <= getHeight() ? 0 : (full - collapsedHeight() + rowHeight() - 1) / rowHeight();
        }

        private int rowHeight() {
            return getFontMetrics(getFont()).getHeight();
        }
    }

    /** Whether the post shows all its text: while the keyboard is in its card. */
    private boolean expanded;
    private final java.beans.PropertyChangeListener focusFollower = e -> followFocus();
    private final JLabel grip = new JLabel(Glyphs.grip());
    private final CounterBar counters;
    private final ImageStrip images;
    private final RequestProcessor.Task countTask = COUNTS.create(this::count);
    private final Object highlightTag;
    private volatile String countText = "";
    private volatile List<PlatformRules> countRules = List.of();
    private List<PlatformRules> rules = List.of();
    /** The platforms whose account numbers its posts. */
    private Set<Platform> numbered = Set.of();
    private volatile Set<Platform> countNumbered = Set.of();
    /** How many posts the thread has (the card is made again when that changes). */
    private final int total;
    private boolean updating;

    PostCard(CardActions actions, int index, int total, Post post) {
        this.actions = actions;
        this.index = index;
        this.total = total;
        setName("card." + index);
        setLayout(new BorderLayout(0, 4));
        setOpaque(false);
        setBorder(new CardBorder());

        JPanel head = new JPanel(new BorderLayout(6, 0));
        head.setOpaque(false);
        grip.setToolTipText(Bundle.TIP_Grip());
        grip.setCursor(Cursor.getPredefinedCursor(Cursor.MOVE_CURSOR));
        JLabel number = new JLabel(Bundle.LBL_PostNumber(index + 1, total));
        number.setForeground(Glyphs.muted());
        number.setFont(small(number.getFont()));
        JPanel left = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
        left.setOpaque(false);
        left.add(grip);
        left.add(number);
        JButton emoji = new JButton(new EmojiIcon(EmojiIndex.get().byShortName("slightly_smiling_face").orElseThrow(), 16));
        emoji.setName("emoji");
        emoji.setToolTipText(Bundle.TIP_Emoji());
        emoji.putClientProperty("JButton.buttonType", "toolBarButton");
        emoji.setFocusable(false);
        emoji.addActionListener(e -> {
            area.requestFocusInWindow();
            EmojiPicker.open(area);
        });
        JButton more = new JButton(Glyphs.more());
        more.setName("more");
        more.setToolTipText(Bundle.TIP_More());
        more.putClientProperty("JButton.buttonType", "toolBarButton");
        more.setFocusable(false);
        more.addActionListener(e -> CardMenu.create(actions, this).show(more, 0, more.getHeight()));
        JPanel right = new JPanel(new FlowLayout(FlowLayout.TRAILING, 0, 0));
        right.setOpaque(false);
        right.add(emoji);
        right.add(more);
        head.add(left, BorderLayout.WEST);
        head.add(right, BorderLayout.EAST);

        area.setName("text");
        area.getAccessibleContext().setAccessibleName(Bundle.ACSN_PostText());
        EmojiEditorKit.useIn(area);
        java.awt.Font textFont = UIManager.getFont("TextArea.font");
        if (textFont != null) {
            area.setFont(textFont);
        }
        area.setBorder(BorderFactory.createEmptyBorder(2, 2, 2, 2));
        // set without moving the caret, so a new card does not scroll the list to its end
        javax.swing.text.DefaultCaret caret = (javax.swing.text.DefaultCaret) area.getCaret();
        caret.setUpdatePolicy(javax.swing.text.DefaultCaret.NEVER_UPDATE);
        area.setText(post.text());
        caret.setUpdatePolicy(javax.swing.text.DefaultCaret.UPDATE_WHEN_ON_EDT);
        area.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        area.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        area.setComponentPopupMenu(CardMenu.create(actions, this));
        area.setTransferHandler(new ComposerTransfer(actions, index, area.getTransferHandler(), null));
        TextEditing.install(area); // the emoji picker (Ctrl+.), :short_name: completion, paste repair
        TextChanges.onEdit(area.getDocument(), this::typed);
        area.addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                repaint();
            }

            @Override
            public void focusLost(FocusEvent e) {
                actions.typingPaused();
                repaint();
            }
        });
        bindKeys();
        highlightTag = addOverflowHighlight();

        images = new ImageStrip(actions, index);
        images.update(post.images());

        counters = new CounterBar(() -> actions.splitToFit(index));
        JPanel body = new JPanel();
        body.setOpaque(false);
        body.setLayout(new BoxLayout(body, BoxLayout.Y_AXIS));
        area.setAlignmentX(LEFT_ALIGNMENT);
        images.setAlignmentX(LEFT_ALIGNMENT);
        body.add(area);
        body.add(images);
        add(head, BorderLayout.NORTH);
        add(body, BorderLayout.CENTER);
        add(counters, BorderLayout.SOUTH);
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public void addNotify() {
        super.addNotify();
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().addPropertyChangeListener("permanentFocusOwner", focusFollower);
        followFocus();
    }

    @Override
    public void removeNotify() {
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().removePropertyChangeListener("permanentFocusOwner", focusFollower);
        super.removeNotify();
    }

    /** Shows the whole post while the keyboard is in its card (text, alt texts), a few lines otherwise. */
    private void followFocus() {
        java.awt.Component owner = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getPermanentFocusOwner();
        boolean inside = owner != null && SwingUtilities.isDescendingFrom(owner, this);
        if (inside != expanded) {
            expanded = inside;
            area.revalidate();
            repaint();
            if (inside) {
                // the caret stays in sight as the card grows
                SwingUtilities.invokeLater(() -> {
                    try {
                        java.awt.geom.Rectangle2D r = area.modelToView2D(area.getCaretPosition());
                        if (r != null) {
                            area.scrollRectToVisible(r.getBounds());
                        }
                    } catch (BadLocationException e) {
                        LOG.log(Level.FINE, "caret out of range", e);
                    }
                });
            }
        }
    }

    /** For tests: whether the post shows all its text. */
    boolean expanded() {
        return expanded;
    }

    /**
     * Lays the text out for {@code width} before the card is first shown: a wrapping text area
     * only knows its height once it knows its width.
     */
    void presize(int width) {
        java.awt.Insets in = getInsets();
        int w = width - in.left - in.right;
        if (w > 0) {
            area.setSize(w, Short.MAX_VALUE);
        }
    }

    @Override
    public java.awt.Dimension getMaximumSize() {
        return new java.awt.Dimension(Integer.MAX_VALUE, getPreferredSize().height);
    }

    @Override
    public JTextPane textArea() {
        return area;
    }

    @Override
    public JComponent grip() {
        return grip;
    }

    JButton fitButton() {
        return counters.fitButton();
    }

    /** Shows the post as the model now has it (after undo, redo or an edit elsewhere). */
    void update(Post post) {
        if (!area.getText().equals(post.text())) {
            String old = area.getText();
            updating = true;
            try {
                area.setText(post.text());
                area.setCaretPosition(Math.min(changeEnd(old, post.text()), post.text().length()));
            } finally {
                updating = false;
            }
            requestCount();
        }
        images.update(post.images());
    }

    /** The rules to count against (the thread's platforms changed). */
    void setRules(List<PlatformRules> newRules) {
        setRules(newRules, Set.of());
    }

    /**
     * The rules to count against, and the platforms whose account numbers its posts: there the
     * counter counts the " n/N" the post is published with.
     */
    void setRules(List<PlatformRules> newRules, Set<Platform> numberedOn) {
        rules = List.copyOf(newRules);
        numbered = Set.copyOf(numberedOn);
        requestCount();
    }

    private void typed() {
        if (!updating) {
            actions.setText(index, area.getText());
        }
        requestCount();
    }

    void requestCount() {
        countText = area.getText();
        countRules = rules;
        countNumbered = numbered;
        countTask.schedule(0);
    }

    /** On the counting thread. */
    private void count() {
        String text = countText;
        List<PlatformRules> r = countRules;
        Set<Platform> on = countNumbered;
        PostCounts counts = PostCounts.of(text, r, on, total > 1 ? Splitter.suffix(index + 1, total) : "");
        SwingUtilities.invokeLater(() -> {
            if (text.equals(area.getText()) && r.equals(rules) && on.equals(numbered)) {
                show(counts);
            }
        });
    }

    private void show(PostCounts counts) {
        counters.show(counts);
        markOverflow(counts.overflowStart());
    }

    private Object addOverflowHighlight() {
        try {
            Color red = Glyphs.red();
            return area.getHighlighter().addHighlight(0, 0, new DefaultHighlighter.DefaultHighlightPainter(
                    new Color(red.getRed(), red.getGreen(), red.getBlue(), 60)));
        } catch (BadLocationException e) {
            LOG.log(Level.FINE, "no overflow mark", e);
            return null;
        }
    }

    private void markOverflow(int start) {
        if (highlightTag == null) {
            return;
        }
        int len = area.getDocument().getLength();
        try {
            area.getHighlighter().changeHighlight(highlightTag, start < 0 ? 0 : Math.min(start, len), start < 0 ? 0 : len);
        } catch (BadLocationException e) {
            LOG.log(Level.FINE, "overflow mark out of range", e);
        }
    }

    private void bindKeys() {
        int menu = java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, menu), "split", () -> actions.splitAtCursor(index, area.getCaretPosition()));
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_UP, InputEvent.ALT_DOWN_MASK), "moveUp", () -> actions.move(index, -1));
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, InputEvent.ALT_DOWN_MASK), "moveDown", () -> actions.move(index, 1));
    }

    private void bind(KeyStroke key, String name, Runnable r) {
        area.getInputMap().put(key, name);
        area.getActionMap().put(name, new AbstractAction(name) {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                r.run();
            }
        });
    }

    /** Where an undo or redo changed the text, so the caret goes there. */
    static int changeEnd(String before, String after) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return after.length() - suffix;
    }

    static Font small(Font f) {
        return f.deriveFont(f.getSize2D() - 1f);
    }

    /** A rounded outline that takes the focus colour while the post is being edited. */
    private final class CardBorder extends AbstractBorder {
        @Override
        public void paintBorder(java.awt.Component c, java.awt.Graphics g, int x, int y, int w, int h) {
            java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
            try {
                g2.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
                g2.setColor(UIManager.getColor("TextArea.background"));
                g2.fillRoundRect(x, y, w - 1, h - 1, 12, 12);
                java.awt.Component owner = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
                boolean focused = owner != null && SwingUtilities.isDescendingFrom(owner, PostCard.this);
                g2.setColor(focused ? Glyphs.focus() : Glyphs.border());
                g2.setStroke(new java.awt.BasicStroke(focused ? 1.5f : 1f));
                g2.drawRoundRect(x, y, w - 1, h - 1, 12, 12);
            } finally {
                g2.dispose();
            }
        }

        @Override
        public java.awt.Insets getBorderInsets(java.awt.Component c) {
            return new java.awt.Insets(6, 8, 6, 8);
        }
    }

    /** For tests: where the "+N lines" marker of the cut post is drawn in its text area; null when the post shows whole. */
    java.awt.Rectangle moreLinesMarker() {
        int hidden = area.hiddenLines();
        return expanded || hidden == 0 ? null : area.moreMarker(hidden);
    }

    /** For tests: the counter labels now shown. */
    List<JLabel> counterLabels() {
        return counters.labels();
    }
}
