package dev.gloss.desktop.queue;

import dev.gloss.desktop.core.Sentences;
import dev.gloss.publish.QueueFailures;
import dev.gloss.workspace.PublishedPost;
import dev.gloss.workspace.QueueEntry;
import java.awt.Component;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import org.openide.util.NbBundle;

/** Day headings in bold; entries with time, a coloured state, account, first post and reason. */
@NbBundle.Messages({
    "# {0} - count", "# {1} - total",
    "LBL_PostsDone={0} of {1,choice,0#0 posts|1#1 post|1<{1,number,integer} posts} out"
})
final class QueueLineRenderer extends DefaultListCellRenderer {
    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
        super.getListCellRendererComponent(list, value, index, selected, focus);
        QueueRows.Line line = (QueueRows.Line) value;
        if (line.isHeading()) {
            setText(Times.date(line.day()));
            setFont(getFont().deriveFont(Font.BOLD));
            setBorder(BorderFactory.createEmptyBorder(index == 0 ? 3 : 10, 6, 3, 6));
            return this;
        }
        QueueEntry e = line.entry();
        String color = selected ? "" : String.format(" style='color:#%06x'", QueueLabels.stateColor(e.state()).getRGB() & 0xFFFFFF);
        String account = line.account() == null ? e.accountId() : line.account().handle() + " · " + line.account().kind();
        StringBuilder html = new StringBuilder("<html><b>").append(QueueLabels.time(e)).append("</b>&nbsp;&nbsp;<b")
                .append(color).append(">").append(QueueLabels.state(e.state())).append("</b>&nbsp;&nbsp;")
                .append(esc(account)).append("&nbsp;&nbsp;<span style='color:").append(dim(list, selected)).append("'>")
                .append(esc(ellipsis(line.firstPost(), 90))).append("</span>");
        long out = e.posts().stream().filter(PublishedPost::exists).count();
        int total = line.thread() == null ? 0 : line.thread().posts().size();
        if (out > 0 && out < total) {
            html.append("&nbsp;&nbsp;<i>").append(Bundle.LBL_PostsDone(out, total)).append("</i>");
        }
        String why = QueueFailures.of(e).map(Sentences::phrase).orElse(e.reason());
        if (why != null) {
            html.append("<br><span").append(selected ? "" : " style='color:#d0342c'").append(">")
                    .append(esc(why)).append("</span>");
        }
        setText(html.append("</html>").toString());
        setFont(getFont().deriveFont(Font.PLAIN));
        setBorder(BorderFactory.createEmptyBorder(3, 22, 3, 6));
        return this;
    }

    /**
     * The colour of the post's first words: quieter than the rest of the line, and still readable
     * on the selection (a fixed gray turned blue-on-blue there in the dark theme).
     */
    private static String dim(JList<?> list, boolean selected) {
        java.awt.Color fg = selected ? list.getSelectionForeground() : list.getForeground();
        java.awt.Color bg = selected ? list.getSelectionBackground() : list.getBackground();
        java.awt.Color c = new java.awt.Color(
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
