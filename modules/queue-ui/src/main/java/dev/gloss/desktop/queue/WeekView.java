package dev.gloss.desktop.queue;

import dev.gloss.workspace.QueueEntry;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.ActionEvent;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.openide.util.NbBundle;

/**
 * The queue's week view: seven columns, Monday to Sunday, with the week's entries as chips,
 * and a week back, this week and a week on (Page Up, Home, Page Down). A chip is selected by a
 * click or by the keyboard reaching it (Tab); moving to another week clears a selection that is
 * no longer on screen, so the queue's actions never act on an entry the user cannot see.
 */
@NbBundle.Messages({
    "BTN_PreviousWeek=\u2039",
    "BTN_NextWeek=\u203a",
    "BTN_ThisWeek=This Week",
    "TIP_PreviousWeek=The week before (Page Up)",
    "TIP_NextWeek=The week after (Page Down)",
    "TIP_ThisWeek=Back to this week (Home)",
    "# {0} - the week's dates",
    "LBL_WeekThis=This week, {0}",
    "# {0} - the week's dates",
    "LBL_WeekNext=Next week, {0}",
    "# {0} - the week's dates",
    "LBL_WeekLast=Last week, {0}",
    "# {0} - the week's dates",
    "LBL_WeekOther={0}",
    "# {0} - day and time",
    "LBL_LaterEntry=Next in the queue: {0} (Page Down)",
    "# {0} - day and time",
    "LBL_EarlierEntry=Earlier in the queue: {0} (Page Up)",
    "LBL_NothingQueued=Nothing else in the queue",
    "ACSN_Chip=Queue entry"
})
final class WeekView extends JPanel {
    /** How wide a chip's platforms run before the next line, at least (then as wide as the chip). */
    private static final int CHIP_TEXT_WIDTH = 100;
    private final WeekModel model;
    private final Consumer<QueueEntry> onSelect;
    private final JLabel title = new JLabel();
    private final JLabel hint = new JLabel();
    private final JButton thisWeek = new JButton(Bundle.BTN_ThisWeek());
    private final JPanel columns = new JPanel(new GridLayout(1, 7, 6, 0));
    private final List<JToggleButton> chips = new ArrayList<>();
    private ButtonGroup group = new ButtonGroup();
    private List<QueueEntry> entries = List.of();
    private QueueEntry selected;
    private javax.swing.JPopupMenu chipMenu;
    private java.util.Map<String, dev.gloss.workspace.PostThread> threads = java.util.Map.of();

    WeekView(Clock clock, Consumer<QueueEntry> onSelect) {
        super(new BorderLayout(0, 4));
        this.model = new WeekModel(clock);
        this.onSelect = onSelect;
        setBorder(BorderFactory.createEmptyBorder(4, 6, 6, 6));
        Action previous = action("week-previous", Bundle.BTN_PreviousWeek(), model::previous);
        Action next = action("week-next", Bundle.BTN_NextWeek(), model::next);
        Action today = action("week-this", Bundle.BTN_ThisWeek(), model::thisWeek);
        JButton back = navButton(previous, Bundle.TIP_PreviousWeek(), "week.previous");
        JButton on = navButton(next, Bundle.TIP_NextWeek(), "week.next");
        thisWeek.setAction(today);
        thisWeek.setToolTipText(Bundle.TIP_ThisWeek());
        thisWeek.setName("week.this");
        title.setName("week.title");
        title.setFont(title.getFont().deriveFont(Font.BOLD));
        hint.setEnabled(false);
        JPanel header = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        header.add(back);
        header.add(thisWeek);
        header.add(on);
        header.add(javax.swing.Box.createHorizontalStrut(8));
        header.add(title);
        header.add(javax.swing.Box.createHorizontalStrut(12));
        header.add(hint);
        add(header, BorderLayout.NORTH);
        add(columns, BorderLayout.CENTER);
        bind(KeyEvent.VK_PAGE_UP, "week-previous");
        bind(KeyEvent.VK_PAGE_DOWN, "week-next");
        bind(KeyEvent.VK_HOME, "week-this");
        redraw(false);
    }

    private Action action(String key, String name, Runnable move) {
        Action a = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                // a key pressed on an entry (Page Down) takes the keyboard along to the new week's entries;
                // a click leaves it on the button clicked
                boolean byKey = java.awt.EventQueue.getCurrentEvent() instanceof java.awt.event.KeyEvent;
                boolean onEntry = chips.stream().anyMatch(Component::isFocusOwner);
                move.run();
                redraw(byKey && onEntry);
            }
        };
        getActionMap().put(key, a);
        return a;
    }

    private void bind(int key, String actionKey) {
        getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(key, 0), actionKey);
    }

    private static JButton navButton(Action a, String tip, String name) {
        JButton b = new JButton(a);
        b.setToolTipText(tip);
        b.setName(name);
        b.setFont(b.getFont().deriveFont(Font.BOLD, b.getFont().getSize2D() + 2f));
        b.getAccessibleContext().setAccessibleName(tip);
        return b;
    }

    /** The menu of a chip (right-click, Shift+F10); it acts on the chip, which is selected first. */
    void setChipMenu(javax.swing.JPopupMenu menu) {
        chipMenu = menu;
    }

    WeekModel model() {
        return model;
    }

    /** The entry selected in the view, always one of the week shown; null when none is. */
    QueueEntry selected() {
        return selected;
    }

    /** Shows the queue's entries (after a change of the queue); keeps the week and the selection. */
    void setEntries(List<QueueEntry> all, java.util.Map<String, dev.gloss.workspace.PostThread> byId) {
        entries = List.copyOf(all);
        threads = java.util.Map.copyOf(byId);
        if (selected != null) {
            selected = entries.stream().filter(e -> e.id().equals(selected.id())).findFirst().orElse(null);
            if (selected != null && !model.contains(selected)) {
                // its time changed (Publish Now, Reschedule): the view follows it to its week
                model.showWeekOf(selected.at());
            }
        }
        // the chips are made anew: the keyboard stays on the entry it was on
        redraw(chips.stream().anyMatch(Component::isFocusOwner));
    }

    /** Shows the week of {@code e} with {@code e} selected (this week, nothing selected, for null). */
    void select(QueueEntry e) {
        model.showWeekOf(e == null ? null : e.at());
        selected = e;
        redraw(false);
    }

    /** Gives the keyboard to the selected chip, else the first, else This Week. */
    void focusContent() {
        JToggleButton target = chips.stream().filter(JToggleButton::isSelected).findFirst()
                .orElse(chips.isEmpty() ? null : chips.get(0));
        (target != null ? target : (Component) thisWeek).requestFocusInWindow();
    }

    /** Draws the week shown; {@code keyboardToEntries}: the keyboard goes on to its first entry (or This Week). */
    private void redraw(boolean keyboardToEntries) {
        if (selected != null && !model.contains(selected)) {
            selected = null;
        }
        columns.removeAll();
        chips.clear();
        group = new ButtonGroup();
        List<List<QueueEntry>> days = model.days(entries);
        LocalDate today = model.today();
        Color line = UIManager.getColor("Separator.foreground");
        for (int i = 0; i < 7; i++) {
            LocalDate day = model.monday().plusDays(i);
            JPanel column = new JPanel(new BorderLayout());
            column.setBorder(BorderFactory.createMatteBorder(0, 0, 0, i < 6 ? 1 : 0, line == null ? Color.LIGHT_GRAY : line));
            JLabel head = new JLabel(Times.shortDate(day));
            head.setName("week.day." + i);
            if (day.equals(today)) {
                head.setFont(head.getFont().deriveFont(Font.BOLD));
                Color accent = UIManager.getColor("Component.accentColor");
                if (accent != null) {
                    head.setForeground(accent);
                }
            }
            head.setBorder(BorderFactory.createEmptyBorder(0, 4, 4, 4));
            column.add(head, BorderLayout.NORTH);
            JPanel dayChips = new JPanel();
            dayChips.setLayout(new BoxLayout(dayChips, BoxLayout.Y_AXIS));
            for (QueueEntry e : days.get(i)) {
                dayChips.add(chip(e));
            }
            column.add(dayChips, BorderLayout.CENTER);
            columns.add(column);
        }
        long weeks = model.weeksFromNow();
        String range = model.range();
        title.setText(weeks == 0 ? Bundle.LBL_WeekThis(range) : weeks == 1 ? Bundle.LBL_WeekNext(range)
                : weeks == -1 ? Bundle.LBL_WeekLast(range) : Bundle.LBL_WeekOther(range));
        thisWeek.setEnabled(weeks != 0);
        hint.setText(hintText(days.stream().allMatch(List::isEmpty)));
        columns.revalidate();
        columns.repaint();
        onSelect.accept(selected);
        if (keyboardToEntries) {
            SwingUtilities.invokeLater(this::focusContent);
        }
    }

    /** Where the rest of the queue is, so an entry in another week is never out of mind. */
    private String hintText(boolean weekEmpty) {
        ZoneId zone = model.zone();
        String later = model.firstAfter(entries).map(e -> Times.dayAndTime(e.at().atZone(zone), zone)).orElse(null);
        if (later != null) {
            return Bundle.LBL_LaterEntry(later);
        }
        String earlier = model.lastBefore(entries).map(e -> Times.dayAndTime(e.at().atZone(zone), zone)).orElse(null);
        if (earlier != null) {
            return Bundle.LBL_EarlierEntry(earlier);
        }
        return weekEmpty ? Bundle.LBL_NothingQueued() : "";
    }

    private JToggleButton chip(QueueEntry e) {
        // the time and the thread's title, and under them each platform with its state's mark
        JToggleButton chip = new JToggleButton() {
            @Override
            public java.awt.Dimension getMaximumSize() {
                return new java.awt.Dimension(Integer.MAX_VALUE, getPreferredSize().height); // the column's width
            }
        };
        chip.setLayout(new BorderLayout(0, 2));
        dev.gloss.workspace.PostThread thread = threads.get(e.threadId());
        String title = thread == null ? QueueLabels.title(e) : AddToQueueDialog.title(thread);
        JLabel head = new JLabel("<html><b>" + QueueLabels.time(e) + "</b> " + QueueLineRenderer.esc(
                QueueLineRenderer.ellipsis(title, 22)) + "</html>");
        head.setName("week.entry.title");
        JLabel platforms = new JLabel();
        platforms.setName("week.entry.platforms");
        chip.add(head, BorderLayout.NORTH);
        chip.add(platforms, BorderLayout.CENTER);
        chip.setMargin(new java.awt.Insets(3, 5, 4, 5));
        chip.setHorizontalAlignment(javax.swing.SwingConstants.LEADING);
        chip.setAlignmentX(LEFT_ALIGNMENT);
        chip.setName("week.entry." + e.id());
        // selected: filled with the accent colour in white, unmistakable in both themes
        Color accent = UIManager.getColor("Component.accentColor");
        String fill = String.format("#%06x", (accent == null ? new Color(0x2675BF) : accent).getRGB() & 0xFFFFFF);
        chip.putClientProperty("FlatLaf.style", "selectedBackground: " + fill + "; selectedBorderColor: " + fill
                + "; focusedSelectedBorderColor: " + fill);
        int[] wrapAt = {CHIP_TEXT_WIDTH};
        java.awt.event.ItemListener look = ev -> {
            Color fg = chip.isSelected() ? Color.WHITE : UIManager.getColor("ToggleButton.foreground");
            head.setForeground(fg);
            platforms.setFont(chip.getFont());
            platforms.setIcon(new TargetBadges(QueueLabels.badges(e, null), platforms, fg, wrapAt[0], chip.isSelected()));
        };
        chip.addItemListener(look);
        // the platforms wrap at the chip's width, which is the day's column's
        chip.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent ev) {
                java.awt.Insets in = chip.getInsets();
                int width = Math.max(CHIP_TEXT_WIDTH, chip.getWidth() - in.left - in.right);
                if (width != wrapAt[0]) {
                    wrapAt[0] = width;
                    look.itemStateChanged(null);
                }
            }
        });
        chip.setToolTipText(QueueLabels.describeWithTargets(e, title));
        chip.getAccessibleContext().setAccessibleName(Bundle.ACSN_Chip() + " " + QueueLabels.describeWithTargets(e, title));
        chip.setSelected(selected != null && selected.id().equals(e.id()));
        look.itemStateChanged(null);
        chip.addItemListener(ev -> {
            if (chip.isSelected() && (selected == null || !selected.id().equals(e.id()))) {
                selected = e;
                onSelect.accept(e);
            }
        });
        // reaching a chip with the keyboard selects it, as in a list
        chip.addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent ev) {
                if (!ev.isTemporary()) {
                    chip.setSelected(true);
                }
            }
        });
        chip.setComponentPopupMenu(chipMenu);
        chip.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(java.awt.event.MouseEvent ev) {
                if (SwingUtilities.isRightMouseButton(ev)) {
                    chip.setSelected(true); // the menu acts on this chip's entry
                }
            }
        });
        group.add(chip);
        chips.add(chip);
        return chip;
    }
}
