package dev.gloss.desktop.composer;

import dev.gloss.threads.Platform;
import dev.gloss.threads.PlatformRules;
import dev.gloss.publish.CardImage;
import dev.gloss.threads.PostEmbeds;
import dev.gloss.threads.ThreadChecks;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

/**
 * The thread as one platform will show it, switchable between the thread's platforms. Facets and
 * overflow are worked out off the event thread; only the newest request is drawn.
 */
@NbBundle.Messages({
    "LBL_PreviewAs=Preview as",
    "LBL_PreviewNoPlatform=Choose a platform above to preview the thread.",
    "LBL_PreviewEmpty=The thread has no posts yet."
})
final class PreviewPanel extends JPanel {
    private static final RequestProcessor RP = new RequestProcessor("Gloss composer preview", 1, true);

    private final JComboBox<Platform> platform = new JComboBox<>();
    private final Column column = new Column();
    private final JLabel message = new JLabel("", SwingConstants.CENTER);
    private final CardLayout cards = new CardLayout();
    private final JPanel body = new JPanel(cards);
    private PostThread thread;
    private List<PlatformRules> rules = List.of();
    private Workspace workspace;
    /** Card images by paper id, drawn once per panel (a page render is ~100 ms). */
    private final java.util.Map<String, java.util.Optional<java.awt.image.BufferedImage>> cardImages = new java.util.concurrent.ConcurrentHashMap<>();
    private int generation;
    private boolean updatingCombo;

    PreviewPanel() {
        super(new BorderLayout());
        platform.setName("previewPlatform");
        platform.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
                super.getListCellRendererComponent(list, value, index, sel, focus);
                setText(value instanceof Platform p ? p.displayName() : "");
                return this;
            }
        });
        platform.addActionListener(e -> {
            if (!updatingCombo) {
                rebuild();
            }
        });
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEADING, 8, 6));
        top.add(new JLabel(Bundle.LBL_PreviewAs()));
        top.add(platform);
        column.setBackground(columnColor());
        JScrollPane scroll = new JScrollPane(column);
        scroll.setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, Glyphs.border()));
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        message.setEnabled(false);
        body.add(scroll, "posts");
        body.add(message, "message");
        add(top, BorderLayout.NORTH);
        add(body, BorderLayout.CENTER);
    }

    /**
     * A new look (Options ▸ Appearance): the posts are drawn again, since their link colours,
     * fonts and text styles were taken from the old one.
     */
    @Override
    public void updateUI() {
        super.updateUI();
        if (column != null) {
            column.setBackground(columnColor());
            if (thread != null) {
                rebuild();
            }
        }
    }

    private static java.awt.Color columnColor() {
        // not a UIResource: the column keeps the text background when the look is updated
        return new java.awt.Color(UIManager.getColor("TextField.background").getRGB());
    }

    /** Shows {@code t} (may be null) held to {@code r}; keeps the chosen platform when it is still chosen. */
    void show(PostThread t, List<PlatformRules> r, Workspace ws) {
        thread = t;
        rules = List.copyOf(r);
        workspace = ws;
        Platform selected = (Platform) platform.getSelectedItem();
        List<Platform> chosen = rules.stream().map(PlatformRules::platform).toList();
        updatingCombo = true;
        try {
            platform.setModel(new DefaultComboBoxModel<>(chosen.toArray(Platform[]::new)));
            if (selected != null && chosen.contains(selected)) {
                platform.setSelectedItem(selected);
            }
        } finally {
            updatingCombo = false;
        }
        rebuild();
    }

    /** The platform previewed now, or null. */
    Platform platform() {
        return (Platform) platform.getSelectedItem();
    }

    void setPlatform(Platform p) {
        platform.setSelectedItem(p);
    }

    private void rebuild() {
        int gen = ++generation;
        Platform p = (Platform) platform.getSelectedItem();
        if (thread == null || p == null) {
            showMessage(Bundle.LBL_PreviewNoPlatform());
            return;
        }
        if (thread.posts().isEmpty()) {
            showMessage(Bundle.LBL_PreviewEmpty());
            return;
        }
        PlatformRules r = rules.stream().filter(x -> x.platform() == p).findFirst().orElse(PlatformRules.of(p));
        Workspace ws = workspace;
        String handle = ThreadChecks.handle(p, ws.accounts());
        // the posts as the account on the platform publishes them: numbered when it wants numbering
        PostThread t = dev.gloss.threads.Numbering.wanted(p, ws.accounts()) ? dev.gloss.threads.Numbering.numbered(thread) : thread;
        RP.post(() -> {
            Paper paper = t.paperId() == null ? null : ws.paper(t.paperId()).orElse(null);
            // the card and quotes are Bluesky's embeds; the other platforms make their own previews
            List<PostEmbeds.Plan> plans = PostEmbeds.of(t, p == Platform.BLUESKY ? paper : null);
            List<PreviewPost.Content> contents = new ArrayList<>();
            for (int i = 0; i < t.posts().size(); i++) {
                Post post = t.posts().get(i);
                String text = post.text();
                int over = r.fits(text) ? -1 : PostCounts.fittingPrefix(text, r);
                PostEmbeds.Card card = plans.get(i).card();
                java.awt.image.BufferedImage thumb = card == null ? null
                        : cardImages.computeIfAbsent(paper.id(), id -> CardImage.preview(ws, paper)).orElse(null);
                contents.add(new PreviewPost.Content(text, post.images(), FacetSpans.of(text), over, card, thumb));
            }
            SwingUtilities.invokeLater(() -> {
                if (gen == generation) {
                    fill(p, handle, contents, ws.root());
                }
            });
        });
    }

    private void fill(Platform p, String handle, List<PreviewPost.Content> contents, Path ws) {
        Rectangle visible = column.getVisibleRect();
        column.removeAll();
        for (int i = 0; i < contents.size(); i++) {
            // the column less the avatar, the gaps and the borders around a post
            int cardWidth = (column.getWidth() > 0 ? column.getWidth() : getWidth()) - 40 - 10 - 24 - 4;
            PreviewPost post = new PreviewPost(p, handle, contents.get(i), i + 1, contents.size(), ws, cardWidth);
            post.setAlignmentX(LEFT_ALIGNMENT);
            column.add(post);
        }
        column.revalidate();
        column.repaint();
        cards.show(body, "posts");
        SwingUtilities.invokeLater(() -> column.scrollRectToVisible(visible));
    }

    private void showMessage(String text) {
        message.setText(text);
        cards.show(body, "message");
    }

    /** For tests: the posts drawn now. */
    List<PreviewPost> posts() {
        List<PreviewPost> out = new ArrayList<>();
        for (Component c : column.getComponents()) {
            if (c instanceof PreviewPost pp) {
                out.add(pp);
            }
        }
        return out;
    }

    /** A column as wide as the viewport. */
    private static final class Column extends ColumnPanel {
        Column() {
            setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
            setOpaque(true);
        }
    }
}
