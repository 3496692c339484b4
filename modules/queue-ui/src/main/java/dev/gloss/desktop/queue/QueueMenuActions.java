package dev.gloss.desktop.queue;

import dev.gloss.desktop.core.GlossWorkspace;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * The queue's dialogs from the menus, so they are found without the queue window's toolbar:
 * File ▸ Add Thread to Queue… (Ctrl+Shift+Q), Tools ▸ Publishing Slots… and Publishing Accounts….
 */
@NbBundle.Messages({
    "CTL_AddToQueueAction=Add Thread to &Queue…",
    "CTL_SlotsAction=Publishing &Slots…",
    "CTL_AccountsAction=Publishing &Accounts…"
})
public final class QueueMenuActions {
    private QueueMenuActions() {
    }

    /** Shows the queue window, then runs {@code dialog} with the workspace on the EDT. */
    private static void withQueue(java.util.function.Consumer<dev.gloss.workspace.Workspace> dialog) {
        TopComponent queue = WindowManager.getDefault().findTopComponent("QueueTopComponent");
        if (queue != null) {
            queue.open();
            queue.requestVisible();
        }
        GlossWorkspace.whenReady(dialog::accept);
    }

    /** File ▸ Add Thread to Queue…: the most recently edited thread comes first in the dialog. */
    @ActionID(category = "File", id = "dev.gloss.desktop.queue.AddToQueueAction")
    @ActionRegistration(displayName = "#CTL_AddToQueueAction", iconBase = "dev/gloss/desktop/queue/queue.png")
    @ActionReferences({
        @ActionReference(path = "Menu/File", position = 75),
        @ActionReference(path = "Toolbars/File", position = 70),
        @ActionReference(path = "Shortcuts", name = "DS-Q")
    })
    public static final class AddToQueue implements ActionListener {
        @Override
        public void actionPerformed(ActionEvent e) {
            withQueue(ws -> AddToQueueDialog.show(ws, null, QueueScheduler.RP::post));
        }
    }

    /**
     * Tools ▸ Publishing Slots… (Alt+L everywhere: the queue that has the Slots… button starts
     * minimized, and its mnemonic only works while it shows).
     */
    @ActionID(category = "Tools", id = "dev.gloss.desktop.queue.SlotsAction")
    @ActionRegistration(displayName = "#CTL_SlotsAction")
    @ActionReferences({
        @ActionReference(path = "Menu/Tools", position = 10),
        @ActionReference(path = "Shortcuts", name = "O-L")
    })
    public static final class Slots implements ActionListener {
        @Override
        public void actionPerformed(ActionEvent e) {
            withQueue(SlotsDialog::show);
        }
    }

    /** Tools ▸ Publishing Accounts…. */
    @ActionID(category = "Tools", id = "dev.gloss.desktop.queue.AccountsAction")
    @ActionRegistration(displayName = "#CTL_AccountsAction")
    @ActionReference(path = "Menu/Tools", position = 20)
    public static final class AccountsAction implements ActionListener {
        @Override
        public void actionPerformed(ActionEvent e) {
            withQueue(AccountsDialog::show);
        }
    }
}
