package dev.gloss.desktop.composer;

import dev.gloss.desktop.core.widgets.TextChanges;
import dev.gloss.workspace.PostImage;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.openide.util.NbBundle;

/**
 * The images of one post: a thumbnail, an alt-text field and a remove button each. While an alt
 * text is empty the field is outlined as a warning and a line says why it matters.
 */
@NbBundle.Messages({
    "HINT_Alt=Alt text: describe the image",
    "LBL_AltMissing=Alt text missing",
    "TIP_AltMissing=Without alt text, people using screen readers miss this image",
    "TIP_RemoveImage=Remove this image",
    "# {0} - file",
    "LBL_ImageMissing=Missing: {0}",
    "# {0} - number of images",
    "# {1} - limit",
    "LBL_TooMany={0} images: platforms take at most {1} per post"
})
final class ImageStrip extends JPanel {
    private static final int THUMB = 56;

    private final CardActions actions;
    private final int post;
    private final List<Row> rows = new ArrayList<>();
    private final JLabel tooMany = new JLabel();
    private List<String> files = List.of();

    ImageStrip(CardActions actions, int post) {
        this.actions = actions;
        this.post = post;
        setOpaque(false);
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        tooMany.setForeground(Glyphs.red());
        tooMany.setFont(PostCard.small(tooMany.getFont()));
        tooMany.setAlignmentX(LEFT_ALIGNMENT);
    }

    /** Shows {@code images}: alt texts are updated in place while the files stay the same. */
    void update(List<PostImage> images) {
        List<String> newFiles = images.stream().map(PostImage::file).toList();
        if (newFiles.equals(files)) {
            for (int i = 0; i < images.size(); i++) {
                rows.get(i).setAlt(images.get(i).alt());
            }
            return;
        }
        files = newFiles;
        removeAll();
        rows.clear();
        for (int i = 0; i < images.size(); i++) {
            Row r = new Row(i, images.get(i));
            rows.add(r);
            add(r);
        }
        if (images.size() > ThreadEditor.MAX_IMAGES) {
            tooMany.setText(Bundle.LBL_TooMany(images.size(), ThreadEditor.MAX_IMAGES));
            add(tooMany);
        }
        revalidate();
        repaint();
    }

    /** For tests: the alt-text fields. */
    List<javax.swing.text.JTextComponent> altFields() {
        return rows.stream().<javax.swing.text.JTextComponent>map(r -> r.alt).toList();
    }

    /** One image: thumbnail, alt text, remove. */
    private final class Row extends JPanel {
        /** Alt text is a sentence or two: it wraps in the narrow column instead of scrolling out of sight, emoji in colour. */
        private final dev.gloss.desktop.core.text.EmojiField alt = new dev.gloss.desktop.core.text.EmojiField("", 10, 2);
        private final JLabel warning = new JLabel(Bundle.LBL_AltMissing(), Glyphs.warning(), SwingConstants.LEADING);
        private boolean updating;

        Row(int image, PostImage img) {
            super(new BorderLayout(8, 2));
            setOpaque(false);
            setAlignmentX(LEFT_ALIGNMENT);
            setBorder(BorderFactory.createEmptyBorder(6, 0, 0, 0));
            JLabel thumb = new JLabel("…", SwingConstants.CENTER);
            thumb.setPreferredSize(new Dimension(THUMB, THUMB));
            thumb.setBorder(BorderFactory.createLineBorder(Glyphs.border()));
            thumb.setToolTipText(img.file());
            Thumbnails.load(MediaStore.resolve(actions.workspaceRoot(), img.file()), THUMB * 2, bi -> {
                if (bi == null) {
                    thumb.setText("?");
                    thumb.setToolTipText(Bundle.LBL_ImageMissing(img.file()));
                } else {
                    thumb.setText(null);
                    double f = Math.min((double) THUMB / bi.getWidth(), (double) THUMB / bi.getHeight());
                    thumb.setIcon(new ImageIcon(bi.getScaledInstance(Math.max(1, (int) (bi.getWidth() * f)),
                            Math.max(1, (int) (bi.getHeight() * f)), java.awt.Image.SCALE_SMOOTH)));
                }
            });
            alt.setName("alt." + image);
            alt.putClientProperty("JTextField.placeholderText", Bundle.HINT_Alt());
            alt.getAccessibleContext().setAccessibleName(Bundle.HINT_Alt());
            alt.setText(img.alt() == null ? "" : img.alt());
            TextChanges.onEdit(alt.getDocument(), () -> {
                showWarning();
                if (!updating) {
                    actions.setAlt(post, image, alt.getText());
                }
            });
            warning.setName("altWarning." + image);
            warning.setToolTipText(Bundle.TIP_AltMissing());
            warning.setFont(PostCard.small(warning.getFont()));
            Color fg = Glyphs.color("Label.foreground", Color.DARK_GRAY);
            warning.setForeground(fg);
            JButton remove = new JButton(Glyphs.cross());
            remove.setToolTipText(Bundle.TIP_RemoveImage());
            remove.putClientProperty("JButton.buttonType", "toolBarButton");
            remove.addActionListener(e -> actions.removeImage(post, image));
            JPanel fields = new JPanel(new BorderLayout(4, 2));
            fields.setOpaque(false);
            JPanel line = new JPanel(new BorderLayout(4, 0));
            line.setOpaque(false);
            line.add(alt, BorderLayout.CENTER);
            line.add(remove, BorderLayout.EAST);
            fields.add(line, BorderLayout.NORTH);
            fields.add(warning, BorderLayout.CENTER);
            add(thumb, BorderLayout.WEST);
            add(fields, BorderLayout.CENTER);
            showWarning();
        }

        void setAlt(String text) {
            String t = text == null ? "" : text;
            if (!alt.getText().equals(t)) {
                updating = true;
                try {
                    alt.setText(t);
                } finally {
                    updating = false;
                }
            }
        }

        private void showWarning() {
            boolean missing = alt.getText().isBlank();
            warning.setVisible(missing);
            alt.putClientProperty("JComponent.outline", missing ? "warning" : null);
        }

        @Override
        public Dimension getMaximumSize() {
            return new Dimension(Integer.MAX_VALUE, getPreferredSize().height);
        }
    }
}
