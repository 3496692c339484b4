package dev.gloss.desktop.queue;

import dev.gloss.desktop.core.Sentences;
import dev.gloss.publish.PublishSetupException;
import dev.gloss.publish.QueueService;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueTarget;
import dev.gloss.workspace.Workspace;
import dev.gloss.desktop.core.widgets.Icons;
import java.awt.FlowLayout;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.openide.awt.Mnemonics;
import org.openide.awt.Notification;
import org.openide.awt.NotificationDisplayer;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle;

/**
 * The queue says what it did: after a thread is queued, a notification names where and when it
 * goes ("Queued: Sparse features" — "Bluesky, Mastodon and X · Monday, December 7 at 9:00 AM,
 * Europe/Berlin (CET)") with Undo, which takes the entry out of the queue again (while nothing
 * of it went out).
 */
@NbBundle.Messages({
    "# {0} - thread title",
    "MSG_Queued=Queued: {0}",
    "# {0} - platforms", "# {1} - day, time and zone",
    "MSG_QueuedWhere={0} \u00b7 {1}",
    "BTN_UndoQueue=Undo",
    "# {0} - thread title",
    "MSG_QueueUndone=Taken out of the queue: {0}",
    "MSG_PublishNow=now"
})
final class QueueConfirmation {
    private static final Logger LOG = Logger.getLogger(QueueConfirmation.class.getName());

    private QueueConfirmation() {
    }

    /** "Bluesky, Mastodon and X · Monday, December 7 at 9:00 AM, Europe/Berlin (CET)". */
    static String where(QueueEntry e) {
        String when = e.at() == null ? Bundle.MSG_PublishNow()
                : Times.dayAndTimeInZone(e.at().atZone(e.zone() == null ? ZoneId.systemDefault() : ZoneId.of(e.zone())));
        return Bundle.MSG_QueuedWhere(QueueLabels.platforms(e.targets().stream().map(QueueTarget::platform).toList()), when);
    }

    /**
     * Tells the user (on the EDT) that {@code e} was queued; its details undo it, on
     * {@code background}.
     */
    static void show(Workspace ws, QueueEntry e, Consumer<Runnable> background) {
        Notification[] shown = new Notification[1];
        shown[0] = NotificationDisplayer.getDefault().notify(Bundle.MSG_Queued(QueueLabels.title(e)), Icons.info(),
                details(e, () -> background.accept(() -> undo(ws, e, shown[0]))),
                details(e, () -> background.accept(() -> undo(ws, e, shown[0]))), NotificationDisplayer.Priority.NORMAL);
    }

    /** Where and when, and Undo (a balloon and the notifications list each take their own). */
    static JPanel details(QueueEntry e, Runnable undo) {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        p.setOpaque(false);
        JLabel where = new JLabel(where(e));
        where.setName("queued.where");
        JButton button = new JButton();
        Mnemonics.setLocalizedText(button, Bundle.BTN_UndoQueue());
        button.setName("queued.undo");
        button.putClientProperty("JButton.buttonType", "borderless");
        button.addActionListener(ev -> {
            button.setEnabled(false); // once
            undo.run();
        });
        p.add(where);
        p.add(Box.createHorizontalStrut(8));
        p.add(button);
        return p;
    }

    static void undo(Workspace ws, QueueEntry e, Notification shown) {
        try {
            QueueService.builder(ws).build().delete(e.id());
            SwingUtilities.invokeLater(() -> {
                if (shown != null) {
                    shown.clear();
                }
                StatusDisplayer.getDefault().setStatusText(Bundle.MSG_QueueUndone(QueueLabels.title(e)));
            });
        } catch (PublishSetupException ex) {
            LOG.log(Level.FINE, "queueing could not be undone", ex);
            SwingUtilities.invokeLater(() -> StatusDisplayer.getDefault().setStatusText(Sentences.of(ex)));
        }
    }
}
