package dev.gloss.desktop.composer;

import dev.gloss.threads.Templates;
import dev.gloss.threads.ThreadExport;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.util.List;
import javax.swing.JButton;
import org.openide.util.NbBundle;

/**
 * Thread-wide tools in the composer's header: copy the whole thread for manual posting
 * (posts separated by {@code ---} lines), and put a #ResearchMonday opener for the thread's paper
 * at its top.
 */
@NbBundle.Messages({
    "LBL_CopyThread=Copy Thread",
    "TIP_CopyThread=Copy every post, separated by --- lines, to paste into a platform by hand",
    "# {0} - number of posts",
    "MSG_ThreadCopied={0,choice,0#No posts|1#One post|1<{0,number,integer} posts} copied to the clipboard.",
    "LBL_Opener=#ResearchMonday Opener",
    "TIP_Opener=Add an opening post with the paper's title, authors and link",
    "TIP_OpenerNoPaper=Quote a highlight first: the opener needs the thread's paper",
    "MSG_PaperGone=The thread's paper is no longer in the library."
})
final class ComposerTools {
    private ComposerTools() {
    }

    static void install(ComposerView view) {
        JButton copy = new JButton(Bundle.LBL_CopyThread());
        copy.setName("copyThread");
        copy.setToolTipText(Bundle.TIP_CopyThread());
        copy.putClientProperty("JButton.buttonType", "toolBarButton");
        copy.addActionListener(e -> copyThread(view));
        JButton opener = new JButton(Bundle.LBL_Opener());
        opener.setName("opener");
        opener.putClientProperty("JButton.buttonType", "toolBarButton");
        opener.addActionListener(e -> insertOpener(view));
        for (JButton b : new JButton[]{copy, opener}) {
            // small, so both fit one row of a narrow composer
            b.setFont(PostCard.small(b.getFont()));
            b.setMargin(new java.awt.Insets(1, 4, 1, 4));
            view.tools().add(b);
        }
        Runnable update = () -> {
            ThreadEditor ed = view.model().editor();
            boolean paper = ed != null && ed.thread().paperId() != null;
            opener.setEnabled(paper);
            opener.setToolTipText(paper ? Bundle.TIP_Opener() : Bundle.TIP_OpenerNoPaper());
            copy.setEnabled(ed != null && ed.thread().posts().stream().anyMatch(p -> !p.text().isBlank()));
        };
        view.model().addSwitchListener(() -> {
            update.run();
            if (view.model().editor() != null) {
                view.model().editor().addListener(c -> update.run());
            }
        });
        update.run();
        if (view.model().editor() != null) {
            view.model().editor().addListener(c -> update.run());
        }
    }

    static void copyThread(ComposerView view) {
        PostThread t = view.model().editor().thread();
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(ThreadExport.text(t)), null);
        view.status(Bundle.MSG_ThreadCopied(t.posts().size()));
    }

    /** Puts the opener first; undo takes it out again. */
    static void insertOpener(ComposerView view) {
        ThreadEditor ed = view.model().editor();
        Paper paper = ed.thread().paperId() == null ? null
                : view.model().workspace().paper(ed.thread().paperId()).orElse(null);
        if (paper == null) {
            view.error(Bundle.MSG_PaperGone());
            return;
        }
        view.focusAfterRebuild(0, Integer.MAX_VALUE);
        ed.insert(0, List.of(Post.of(Templates.researchMonday(paper))), null);
    }
}
