package dev.gloss.desktop.composer;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.openide.util.NbBundle;

/**
 * The foot of a post card: "Bluesky 212/300" per chosen platform, red and bold over the limit,
 * and "Split to fit" while the post is too long for any of them.
 */
@NbBundle.Messages({
    "LBL_SplitToFit=Split to fit",
    "TIP_SplitToFit=Split this post into posts that fit every chosen platform",
    "LBL_NoPlatform=Choose a platform above to see the counts",
    "# {0} - platform",
    "# {1} - length",
    "# {2} - limit",
    "TIP_Counter={0} counts {1} of {2} characters"
})
final class CounterBar extends JPanel {
    private final JPanel counters = new JPanel(new WrapLayout(FlowLayout.LEADING, 0, 0));
    private final JButton fit = new JButton(Bundle.LBL_SplitToFit());

    CounterBar(Runnable splitToFit) {
        super(new BorderLayout());
        setOpaque(false);
        counters.setOpaque(false);
        fit.setName("fit");
        fit.setToolTipText(Bundle.TIP_SplitToFit());
        fit.putClientProperty("JButton.buttonType", "borderless");
        fit.setFont(PostCard.small(fit.getFont()));
        fit.setForeground(Glyphs.color("Component.linkColor", Glyphs.focus()));
        fit.setVisible(false);
        fit.addActionListener(e -> splitToFit.run());
        add(counters, BorderLayout.CENTER);
        add(fit, BorderLayout.EAST);
    }

    void show(PostCounts counts) {
        counters.removeAll();
        if (counts.counts().isEmpty()) {
            JLabel none = new JLabel(Bundle.LBL_NoPlatform());
            none.setFont(PostCard.small(none.getFont()));
            none.setForeground(Glyphs.muted());
            counters.add(none);
        }
        for (PostCounts.Count c : counts.counts()) {
            JLabel l = new JLabel(c.rules().platform().displayName() + " " + c.label());
            l.setName("counter." + c.rules().platform().id());
            l.setFont(PostCard.small(l.getFont()));
            l.setForeground(c.fits() ? Glyphs.muted() : Glyphs.red());
            if (!c.fits()) {
                l.setFont(l.getFont().deriveFont(Font.BOLD));
            }
            l.setToolTipText(Bundle.TIP_Counter(c.rules().platform().displayName(), c.length(), c.rules().limit()));
            l.setBorder(BorderFactory.createEmptyBorder(0, 0, 0, 10));
            counters.add(l);
        }
        fit.setVisible(!counts.fitsAll());
        counters.revalidate();
        counters.repaint();
    }

    JButton fitButton() {
        return fit;
    }

    /** The counter labels now shown. */
    List<JLabel> labels() {
        List<JLabel> out = new ArrayList<>();
        for (Component c : counters.getComponents()) {
            if (c instanceof JLabel l && l.getName() != null) {
                out.add(l);
            }
        }
        return out;
    }
}
