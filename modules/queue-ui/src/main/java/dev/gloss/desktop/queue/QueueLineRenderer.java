package dev.gloss.desktop.queue;

import dev.gloss.desktop.core.Sentences;
import dev.gloss.publish.QueueFailures;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueTarget;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import org.openide.util.NbBundle;

/**
 * Day headings in bold; an entry as its time, its state as a whole, the thread's title and
 * first post, then a line with each platform's state (drawn mark and word), account and
 * progress, then why each platform that failed failed.
 */
@NbBundle.Messages({
    "# {0} - count", "# {1} - total",
    "LBL_PostsDone={0} of {1,choice,0#0 posts|1#1 post|1<{1,number,integer} posts} out",
    "# {0} - platform", "# {1} - why it failed",
    "LBL_TargetFailed={0}: {1}",
    "# {0} - a time of day (the platform's own: it was retried, or went out before the entry moved)",
    "LBL_TargetAt=at {0}"
})
final class QueueLineRenderer extends JPanel implements ListCellRenderer<QueueRows.Line> {
    final JLabel head = new JLabel();
    final JLabel targets = new JLabel();
    final JLabel reasons = new JLabel();

    QueueLineRenderer() {
        super(new BorderLayout());
        JPanel lines = new JPanel();
        lines.setOpaque(false);
        lines.setLayout(new BoxLayout(lines, BoxLayout.Y_AXIS));
        for (JLabel l : List.of(head, targets, reasons)) {
            l.setAlignmentX(LEFT_ALIGNMENT);
            lines.add(l);
        }
        targets.setBorder(BorderFactory.createEmptyBorder(2, 0, 1, 0));
        add(lines, BorderLayout.CENTER);
    }

    @Override
    public Component getListCellRendererComponent(JList<? extends QueueRows.Line> list, QueueRows.Line line, int index,
            boolean selected, boolean focus) {
        Color fg = selected ? list.getSelectionForeground() : list.getForeground();
        setBackground(selected ? list.getSelectionBackground() : list.getBackground());
        setOpaque(true);
        for (JLabel l : List.of(head, targets, reasons)) {
            l.setForeground(fg);
            l.setFont(list.getFont());
        }
        if (line.isHeading()) {
            head.setText(Times.date(line.day()));
            head.setFont(list.getFont().deriveFont(Font.BOLD));
            targets.setIcon(null);
            targets.setVisible(false);
            reasons.setVisible(false);
            setBorder(BorderFactory.createEmptyBorder(index == 0 ? 3 : 10, 6, 3, 6));
            getAccessibleContext().setAccessibleName(head.getText());
            return this;
        }
        QueueEntry e = line.entry();
        String color = selected ? "" : String.format(" style='color:#%06x'", QueueLabels.stateColor(e.state()).getRGB() & 0xFFFFFF);
        String title = line.thread() == null ? "" : AddToQueueDialog.title(line.thread());
        String elsewhere = QueueLabels.timeInItsZone(e);
        head.setText("<html><b>" + QueueLabels.time(e) + "</b>" + (elsewhere == null ? "" : " (" + esc(elsewhere) + ")")
                + "&nbsp;&nbsp;<b" + color + ">" + QueueLabels.state(e.state())
                + "</b>&nbsp;&nbsp;" + esc(title) + "&nbsp;&nbsp;<span style='color:" + dim(list, selected) + "'>"
                + esc(ellipsis(line.firstPost(), 90)) + "</span></html>");
        int total = line.thread() == null ? 0 : line.thread().posts().size();
        targets.setIcon(new TargetBadges(QueueLabels.badges(e, t -> detail(t, line, total)), targets, fg, 0, selected));
        targets.setVisible(true);
        List<String> why = new ArrayList<>();
        for (QueueTarget t : e.targets()) {
            String w = QueueFailures.of(t).map(Sentences::phrase).orElse(t.reason());
            if (w != null) {
                // most reasons name their platform already ("Mastodon (@a on b) did not take post 2…")
                String name = QueueLabels.platform(t.platform());
                why.add(esc(w.startsWith(name) ? w : Bundle.LBL_TargetFailed(name, w)));
            }
        }
        reasons.setText(why.isEmpty() ? "" : "<html><span" + (selected ? "" : " style='color:#"
                + String.format("%06x", QueueLabels.stateColor(dev.gloss.workspace.QueueState.FAILED).getRGB() & 0xFFFFFF) + "'")
                + ">" + String.join("<br>", why) + "</span></html>");
        reasons.setVisible(!why.isEmpty());
        setBorder(BorderFactory.createEmptyBorder(3, 22, 4, 6));
        getAccessibleContext().setAccessibleName(line.thread() == null ? QueueLabels.describeWithTargets(e)
                : QueueLabels.describeWithTargets(e, title));
        return this;
    }

    /** "Published · reader.test", "Failed · alice (1 of 4 posts out)": after the platform's name. */
    private static String detail(QueueTarget t, QueueRows.Line line, int total) {
        AccountRef a = line.accounts().get(t.accountId());
        String s = QueueLabels.state(t.state()) + " \u00b7 " + (a == null ? t.accountId() : a.handle());
        if (t.at() != null && !t.at().equals(line.entry().at())) {
            s += " \u00b7 " + Bundle.LBL_TargetAt(Times.time(t.at().atZone(java.time.ZoneId.systemDefault()).toLocalTime()));
        }
        int out = t.postsOut();
        return out > 0 && out < total ? s + " (" + Bundle.LBL_PostsDone(out, total) + ")" : s;
    }

    /**
     * The colour of the post's first words: quieter than the rest of the line, and still readable
     * on the selection (a fixed gray turned blue-on-blue there in the dark theme).
     */
    private static String dim(JList<?> list, boolean selected) {
        Color fg = selected ? list.getSelectionForeground() : list.getForeground();
        Color bg = selected ? list.getSelectionBackground() : list.getBackground();
        Color c = new Color(
                (fg.getRed() * 3 + bg.getRed() * 2) / 5, (fg.getGreen() * 3 + bg.getGreen() * 2) / 5, (fg.getBlue() * 3 + bg.getBlue() * 2) / 5);
        return String.format("#%06x", c.getRGB() & 0xFFFFFF);
    }

    static String ellipsis(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1).stripTrailing() + "…";
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
