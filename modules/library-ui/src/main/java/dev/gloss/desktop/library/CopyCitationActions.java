package dev.gloss.desktop.library;

import dev.gloss.sources.Citations;
import dev.gloss.workspace.Paper;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.util.List;
import java.util.stream.Collectors;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle;

/**
 * Edit ▸ Copy Citation (BibTeX) and (Text): the citation of the papers selected in the Library,
 * or of the paper open in the reader (whichever window is active puts its paper in the context).
 * BibTeX keys are stable ({@code vaswani2017attention}) and unique among the papers copied.
 */
@NbBundle.Messages({
    "CTL_CopyBibtex=Copy Citation (&BibTeX)",
    "CTL_CopyCitationText=Copy Citation (&Text)",
    "# {0} - count", "MSG_CopiedBibtex={0,choice,1#Copied the BibTeX entry|1<Copied {0,number,integer} BibTeX entries}",
    "# {0} - count", "MSG_CopiedText={0,choice,1#Copied the citation|1<Copied {0,number,integer} citations}"
})
public final class CopyCitationActions {
    private CopyCitationActions() {
    }

    /** BibTeX entries, one per paper. */
    @ActionID(category = "Edit", id = "dev.gloss.desktop.library.CopyBibtexAction")
    @ActionRegistration(displayName = "#CTL_CopyBibtex")
    @ActionReferences({
        @ActionReference(path = "Menu/Edit", position = 1250, separatorBefore = 1240),
        @ActionReference(path = "Gloss/PaperActions", position = 100)
    })
    public static final class Bibtex implements ActionListener {
        private final List<Paper> papers;

        public Bibtex(List<Paper> papers) {
            this.papers = papers;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            copy(Citations.bibtex(distinct(papers)));
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_CopiedBibtex(distinct(papers).size()));
        }
    }

    /** Plain-text references, one per line. */
    @ActionID(category = "Edit", id = "dev.gloss.desktop.library.CopyCitationTextAction")
    @ActionRegistration(displayName = "#CTL_CopyCitationText")
    @ActionReferences({
        @ActionReference(path = "Menu/Edit", position = 1260),
        @ActionReference(path = "Gloss/PaperActions", position = 110)
    })
    public static final class Text implements ActionListener {
        private final List<Paper> papers;

        public Text(List<Paper> papers) {
            this.papers = papers;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            List<Paper> all = distinct(papers);
            copy(all.stream().map(Citations::plain).collect(Collectors.joining("\n")));
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_CopiedText(all.size()));
        }
    }

    private static List<Paper> distinct(List<Paper> papers) {
        return papers.stream().filter(p -> p != null).collect(Collectors.toMap(Paper::id, p -> p, (a, b) -> a,
                java.util.LinkedHashMap::new)).values().stream().toList();
    }

    static void copy(String text) {
        StringSelection s = new StringSelection(text);
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(s, s);
    }
}
