package dev.gloss.desktop.composer;

import dev.gloss.threads.Platform;
import javax.swing.JButton;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle;

/**
 * Asked before new posts go into a thread that is already (partly) out. What is out cannot be
 * changed from here, so the first offer is a new thread holding the new posts; adding them to
 * this thread anyway stays possible: for a finished one only Gloss's copy changes, for one
 * that stopped part way the new posts go out with the rest when it is retried.
 */
@NbBundle.Messages({
    "TITLE_Published=Already Published",
    "# {0} - thread title", "# {1} - number of posts", "# {2} - account", "# {3} - platform",
    "MSG_PublishedWhole=\u201c{0}\u201d is already published: {1,choice,1#its post is|1<all {1} posts are} out as {2} on {3}. "
            + "Posts added here change only Gloss''s copy of the thread, not what is out.",
    "# {0} - thread title", "# {1} - posts out", "# {2} - posts in all", "# {3} - account", "# {4} - platform",
    "MSG_PublishedPart=\u201c{0}\u201d is partly published: {1} of {2} posts are out as {3} on {4}. "
            + "Posts added here go out with the rest when it is retried.",
    "BTN_NewThreadFrom=Start a &New Thread",
    "BTN_AddAnyway=&Add to This Thread"
})
final class PublishedWarning {
    /** What the user chose. */
    enum Choice { NEW_THREAD, ADD, CANCEL }

    private PublishedWarning() {
    }

    static String message(String title, ThreadOut out) {
        String platform = platformName(out.kind());
        return out.whole() ? Bundle.MSG_PublishedWhole(title, out.out(), out.handle(), platform)
                : Bundle.MSG_PublishedPart(title, out.out(), out.total(), out.handle(), platform);
    }

    static Choice ask(String title, ThreadOut out) {
        JButton newThread = new JButton();
        JButton add = new JButton();
        Mnemonics.setLocalizedText(newThread, Bundle.BTN_NewThreadFrom());
        Mnemonics.setLocalizedText(add, Bundle.BTN_AddAnyway());
        newThread.setName("published.newThread");
        add.setName("published.add");
        NotifyDescriptor d = new NotifyDescriptor(message(title, out), Bundle.TITLE_Published(), NotifyDescriptor.DEFAULT_OPTION,
                NotifyDescriptor.WARNING_MESSAGE, new Object[]{newThread, add, NotifyDescriptor.CANCEL_OPTION}, newThread);
        Object chosen = DialogDisplayer.getDefault().notify(d);
        return chosen == newThread ? Choice.NEW_THREAD : chosen == add ? Choice.ADD : Choice.CANCEL;
    }

    private static String platformName(String kind) {
        try {
            return Platform.fromId(kind).displayName();
        } catch (IllegalArgumentException e) {
            return kind; // a kind this version does not know: its id still says where
        }
    }
}
