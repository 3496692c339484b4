package dev.gloss.desktop.queue;

import dev.gloss.desktop.core.Sentences;
import dev.gloss.publish.QueueService;
import dev.gloss.publish.XCost;
import dev.gloss.threads.LinksToLast;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.PostThread;
import java.awt.BorderLayout;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle;

/**
 * Before a thread is queued for an X account the first time (or by a newer price list), or when
 * its links sit in posts before the last: what X charges for it, by the workspace's price list
 * and its date, and the offer to move its links to the last post on X alone (a post with a link
 * costs many times one without). Accepting is remembered for the account by the queue.
 */
@NbBundle.Messages({
    "# {0} - handle",
    "TITLE_XCost=Publishing to {0} on X Costs Money",
    "LBL_XCostWhy=<html><body style=''width: 420px''>X charges your developer account''s prepaid credits for each post"
            + " Gloss publishes through its API.<br><br>{0}</body></html>",
    "CHK_LinksToLast=&Move links to the last post (on X only; the other platforms get the thread as written)",
    "BTN_AcceptXCost=&Accept and Queue"
})
final class XCostConfirmation {
    /** The user's answer: queue (with or without the links moved), or not. */
    record Answer(boolean accepted, boolean linksToLast) {
    }

    private XCostConfirmation() {
    }

    /**
     * Whether to ask before queueing {@code thread} for {@code account}: its cost was never
     * accepted for the current price list, or the links could move to the last post.
     */
    static boolean needed(QueueService queue, PostThread thread, AccountRef account) {
        Optional<XCost> cost = queue.xCost(thread.id(), account.id(), false);
        return cost.isPresent() && (queue.xCostToConfirm(account) || LinksToLast.beforeLast(thread));
    }

    /** Asks (modal, on the event thread; the counting is pure and quick). */
    static Answer ask(QueueService queue, PostThread thread, AccountRef account) {
        boolean movable = LinksToLast.beforeLast(thread);
        JCheckBox move = new JCheckBox();
        move.setName("linksToLast");
        Mnemonics.setLocalizedText(move, Bundle.CHK_LinksToLast());
        move.setSelected(movable);
        JLabel cost = new JLabel();
        cost.setName("xCost");
        Runnable count = () -> cost.setText(Bundle.LBL_XCostWhy(escape(
                Sentences.phrase(queue.xCost(thread.id(), account.id(), move.isSelected()).orElseThrow()))));
        count.run();
        move.addActionListener(e -> count.run());
        JPanel panel = new JPanel(new BorderLayout(0, 10));
        panel.setBorder(BorderFactory.createEmptyBorder(8, 8, 4, 8));
        panel.add(cost, BorderLayout.CENTER);
        if (movable) {
            panel.add(move, BorderLayout.SOUTH);
        }
        JButton accept = new JButton();
        accept.setName("acceptXCost");
        Mnemonics.setLocalizedText(accept, Bundle.BTN_AcceptXCost());
        DialogDescriptor d = new DialogDescriptor(panel, Bundle.TITLE_XCost(account.handle()), true,
                new Object[]{accept, NotifyDescriptor.CANCEL_OPTION}, accept, DialogDescriptor.DEFAULT_ALIGN, null, null);
        d.setMessageType(NotifyDescriptor.WARNING_MESSAGE);
        Object chosen = DialogDisplayer.getDefault().notify(d);
        return new Answer(chosen == accept, movable && move.isSelected());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
