package dev.gloss.desktop.queue;

import dev.gloss.desktop.core.Sentences;
import dev.gloss.publish.PublishSetupException;
import dev.gloss.publish.SlotPlan;
import dev.gloss.publish.WeeklySlot;
import dev.gloss.workspace.Workspace;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle;

/** Slots…: the weekly plan ("Monday 09:00 Europe/Berlin") that "next free slot" fills. */
@NbBundle.Messages({
    "TITLE_Slots=Weekly Publishing Slots",
    "BTN_AddSlot=&Add",
    "LBL_SlotTime=at",
    "LBL_SlotZone=in",
    "HINT_Slots=Threads queued for the next free slot go out at the first of these times that is still free."
})
final class SlotsDialog {
    private SlotsDialog() {
    }

    static void show(Workspace ws) {
        DefaultListModel<WeeklySlot> model = new DefaultListModel<>();
        SlotPlan.load(ws).slots().forEach(model::addElement);
        JList<WeeklySlot> list = new JList<>(model);
        list.setVisibleRowCount(6);
        list.setCellRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l, ((WeeklySlot) v).describe(), i, s, f);
            }
        });
        JComboBox<DayOfWeek> day = new JComboBox<>(DayOfWeek.values());
        day.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l, ((DayOfWeek) v).getDisplayName(TextStyle.FULL, Locale.getDefault()), i, s, f);
            }
        });
        JTextField time = new JTextField("09:00", 5);
        JTextField zone = new JTextField(ZoneId.systemDefault().getId(), 14);
        JButton add = new JButton();
        JButton remove = new JButton();
        Mnemonics.setLocalizedText(add, Bundle.BTN_AddSlot());
        Mnemonics.setLocalizedText(remove, Bundle.BTN_Remove());
        JLabel error = new JLabel(" ");
        error.setForeground(new java.awt.Color(0xD0342C));
        add.addActionListener(e -> {
            try {
                WeeklySlot slot = WeeklySlot.parse(((DayOfWeek) day.getSelectedItem()).name(), time.getText(), zone.getText());
                if (!model.contains(slot)) { // the same slot twice would only be confusing
                    model.addElement(slot);
                }
                error.setText(" ");
            } catch (PublishSetupException ex) {
                error.setText(Sentences.of(ex));
            }
        });
        remove.addActionListener(e -> list.getSelectedValuesList().forEach(model::removeElement));
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
        JPanel panel = new JPanel(new BorderLayout(0, 8));
        panel.setBorder(BorderFactory.createEmptyBorder(12, 12, 4, 12));
        panel.add(hint, BorderLayout.NORTH);
        panel.add(new JScrollPane(list), BorderLayout.CENTER);
        panel.add(south, BorderLayout.SOUTH);
        if (DialogDisplayer.getDefault().notify(new DialogDescriptor(panel, Bundle.TITLE_Slots())) == DialogDescriptor.OK_OPTION) {
            if (model.isEmpty()) {
                add.doClick(); // OK with a day and time filled in but not added yet: the user meant it
            }
            SlotPlan plan = new SlotPlan(java.util.Collections.list(model.elements()));
            QueueScheduler.RP.post(() -> plan.save(ws));
        }
    }
}
