package dev.gloss.desktop.queue;

import dev.gloss.desktop.core.widgets.Forms;
import dev.gloss.publish.QueueService;
import dev.gloss.publish.SlotPlan;
import dev.gloss.publish.When;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.Workspace;
import java.time.Clock;
import java.time.ZoneId;
import javax.swing.JButton;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle;

/** Reschedule…: a new time for a queued entry, picked as in Add to Queue (now, next free slot, a date). */
@NbBundle.Messages({
    "# {0} - what is rescheduled (thread title and time)",
    "TITLE_Reschedule=Reschedule {0}",
    "BTN_DoReschedule=Re&schedule"
})
final class RescheduleDialog {
    private RescheduleDialog() {
    }

    /** Asks on the EDT; the new time, or null when cancelled. */
    static When ask(Workspace ws, QueueEntry e) {
        Clock clock = Clock.systemDefaultZone();
        WhenChoice when = new WhenChoice(clock, e.at() != null && e.at().isAfter(clock.instant()) ? e.at() : null);
        SlotPlan plan = SlotPlan.load(ws);
        when.setSlots(plan.slots().isEmpty() ? null : QueueService.builder(ws).build().nextFreeSlot(e.targets().stream()
                .filter(t -> t.state() != dev.gloss.workspace.QueueState.PUBLISHED).map(dev.gloss.workspace.QueueTarget::accountId).toList())
                .map(at -> Times.dayAndTime(at, ZoneId.systemDefault())).orElse(""), !plan.slots().isEmpty());
        when.at.setSelected(true);
        DialogDescriptor d = new DialogDescriptor(when.addTo(new Forms()).panel(), Bundle.TITLE_Reschedule(QueueLabels.describe(e)));
        d.createNotificationLineSupport();
        JButton ok = new JButton();
        Mnemonics.setLocalizedText(ok, Bundle.BTN_DoReschedule());
        d.setOptions(new Object[]{ok, DialogDescriptor.CANCEL_OPTION});
        d.setClosingOptions(new Object[]{DialogDescriptor.CANCEL_OPTION});
        Runnable check = () -> {
            String problem = when.problem();
            if (problem != null) {
                d.getNotificationLineSupport().setErrorMessage(problem);
            } else {
                d.getNotificationLineSupport().clearMessages();
            }
            ok.setEnabled(problem == null);
        };
        when.onChange(check);
        check.run();
        When[] chosen = new When[1];
        java.awt.Dialog[] dialog = new java.awt.Dialog[1];
        d.setButtonListener(ev -> {
            if (ev.getSource() == ok && when.problem() == null) {
                chosen[0] = when.when();
                dialog[0].setVisible(false);
            }
        });
        dialog[0] = DialogDisplayer.getDefault().createDialog(d);
        if (dialog[0] instanceof javax.swing.JDialog jd) {
            jd.getRootPane().setDefaultButton(ok);
        }
        dialog[0].setVisible(true);
        dialog[0].dispose();
        return chosen[0];
    }
}
