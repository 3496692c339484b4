package dev.gloss.desktop.queue;

import dev.gloss.desktop.core.widgets.TextChanges;
import dev.gloss.publish.SlotPlan;
import dev.gloss.publish.WeeklySlot;
import dev.gloss.workspace.Workspace;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.SpinnerDateModel;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle;

/**
 * Slots…: the weekly plan ("Monday 9:00 AM, Europe/Berlin (CET)") that "next free slot" fills.
 * A day, a time in the user's locale and a zone picked from the list (searched by typing);
 * an error shows when Add cannot add, and goes as soon as the value is fixed.
 */
@NbBundle.Messages({
    "TITLE_Slots=Weekly Publishing Slots",
    "BTN_AddSlot=&Add",
    "LBL_SlotTime=at",
    "LBL_SlotZone=in",
    "HINT_Slots=Threads queued for the next free slot go out at the first of these times that is still free.",
    "# {0} - what was typed",
    "MSG_NotAZone=\u201c{0}\u201d is not a time zone: type part of a city and pick it from the list."
})
final class SlotsDialog {
    /** The parts of the dialog, so a test can fill them in. */
    static final class Form {
        final DefaultListModel<WeeklySlot> model = new DefaultListModel<>();
        final JList<WeeklySlot> list = new JList<>(model);
        final JComboBox<DayOfWeek> day = new JComboBox<>(DayOfWeek.values());
        final JSpinner time;
        final ZonePicker zone = new ZonePicker(ZoneId.systemDefault());
        final JButton add = new JButton();
        final JButton remove = new JButton();
        final JLabel error = new JLabel(" ");
        final JPanel panel = new JPanel(new BorderLayout(0, 8));

        Form(SlotPlan plan) {
            plan.slots().forEach(model::addElement);
            list.setName("slots");
            list.setVisibleRowCount(6);
            list.setCellRenderer(new javax.swing.DefaultListCellRenderer() {
                @Override
                public java.awt.Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                    return super.getListCellRendererComponent(l, Times.slot((WeeklySlot) v, Instant.now()), i, s, f);
                }
            });
            day.setName("slot.day");
            day.setRenderer(new javax.swing.DefaultListCellRenderer() {
                @Override
                public java.awt.Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                    return super.getListCellRendererComponent(l, v == null ? "" : Times.day((DayOfWeek) v), i, s, f);
                }
            });
            Date nine = Date.from(LocalDate.now().atTime(LocalTime.of(9, 0)).atZone(ZoneId.systemDefault()).toInstant());
            time = new JSpinner(new SpinnerDateModel(nine, null, null, java.util.Calendar.MINUTE));
            time.setEditor(new JSpinner.DateEditor(time, Times.timePattern()));
            time.setName("slot.time");
            zone.setName("slot.zone");
            Mnemonics.setLocalizedText(add, Bundle.BTN_AddSlot());
            Mnemonics.setLocalizedText(remove, Bundle.BTN_Remove());
            add.setName("slot.add");
            remove.setName("slot.remove");
            error.setName("slot.error");
            error.setForeground(new java.awt.Color(0xD0342C));
            add.addActionListener(e -> add());
            remove.addActionListener(e -> list.getSelectedValuesList().forEach(model::removeElement));
            // an error shown stays only while it is true
            TextChanges.onEdit(zone.editorField().getDocument(), this::recheck);
            JPanel row = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
            row.add(day);
            row.add(new JLabel(Bundle.LBL_SlotTime()));
            row.add(time);
            row.add(new JLabel(Bundle.LBL_SlotZone()));
            row.add(zone);
            row.add(add);
            row.add(remove);
            JPanel south = new JPanel(new BorderLayout(0, 4));
            south.add(row, BorderLayout.NORTH);
            south.add(error, BorderLayout.SOUTH);
            JLabel hint = new JLabel("<html>" + Bundle.HINT_Slots() + "</html>");
            hint.setEnabled(false);
            panel.setBorder(BorderFactory.createEmptyBorder(12, 12, 4, 12));
            panel.add(hint, BorderLayout.NORTH);
            panel.add(new JScrollPane(list), BorderLayout.CENTER);
            panel.add(south, BorderLayout.SOUTH);
        }

        /** The slot the row describes, or empty with the error shown. */
        Optional<WeeklySlot> slot() {
            Optional<ZoneId> z = zone.zone();
            if (z.isEmpty()) {
                error.setText(Bundle.MSG_NotAZone(zone.editorField().getText().strip()));
                return Optional.empty();
            }
            error.setText(" ");
            LocalTime t = ((Date) time.getValue()).toInstant().atZone(ZoneId.systemDefault()).toLocalTime().withSecond(0).withNano(0);
            return Optional.of(new WeeklySlot((DayOfWeek) day.getSelectedItem(), t, z.get()));
        }

        void add() {
            slot().filter(s -> !model.contains(s)) // the same slot twice would only be confusing
                    .ifPresent(model::addElement);
        }

        private void recheck() {
            if (!error.getText().isBlank() && zone.zone().isPresent()) {
                error.setText(" ");
            }
        }
    }

    private SlotsDialog() {
    }

    static void show(Workspace ws) {
        Form form = new Form(SlotPlan.load(ws));
        if (DialogDisplayer.getDefault().notify(new DialogDescriptor(form.panel, Bundle.TITLE_Slots())) == DialogDescriptor.OK_OPTION) {
            if (form.model.isEmpty()) {
                form.add(); // OK with a day and time filled in but not added yet: the user meant it
            }
            SlotPlan plan = new SlotPlan(java.util.Collections.list(form.model.elements()));
            QueueScheduler.RP.post(() -> plan.save(ws));
        }
    }
}
