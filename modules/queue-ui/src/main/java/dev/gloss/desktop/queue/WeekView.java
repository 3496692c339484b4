package dev.gloss.desktop.queue;

import dev.gloss.workspace.QueueEntry;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;

/** Seven columns, Monday to Sunday, with the week's entries as small buttons. */
final class WeekView extends JPanel {
        private final Consumer<QueueEntry> select;

    WeekView(Consumer<QueueEntry> select) {
        super(new GridLayout(1, 7, 6, 0));
        this.select = select;
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
    }

    void show(List<QueueEntry> entries, LocalDate monday, ZoneId zone) {
        removeAll();
        List<List<QueueEntry>> days = QueueRows.week(entries, monday, zone);
        LocalDate today = LocalDate.now(zone);
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            JPanel column = new JPanel(new BorderLayout());
            Color line = UIManager.getColor("Separator.foreground");
            column.setBorder(BorderFactory.createMatteBorder(0, 0, 0, i < 6 ? 1 : 0, line == null ? Color.LIGHT_GRAY : line));
            JLabel head = new JLabel(Times.shortDate(day));
            head.setFont(head.getFont().deriveFont(day.equals(today) ? Font.BOLD : Font.PLAIN));
            head.setBorder(BorderFactory.createEmptyBorder(0, 4, 4, 4));
            column.add(head, BorderLayout.NORTH);
            JPanel chips = new JPanel();
            chips.setLayout(new BoxLayout(chips, BoxLayout.Y_AXIS));
            for (QueueEntry e : days.get(i)) {
                JButton chip = new JButton("<html><b>" + QueueLabels.time(e) + "</b> "
                        + QueueLabels.state(e.state()) + "</html>");
                chip.setForeground(QueueLabels.stateColor(e.state()));
                chip.setToolTipText(QueueLabels.describe(e));
                chip.addActionListener(a -> select.accept(e));
                chips.add(chip);
            }
            column.add(chips, BorderLayout.CENTER);
            add(column);
        }
        revalidate();
        repaint();
    }
}
