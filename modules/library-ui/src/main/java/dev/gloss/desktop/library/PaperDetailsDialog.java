package dev.gloss.desktop.library;

import dev.gloss.desktop.core.widgets.Forms;
import dev.gloss.desktop.core.Sentences;
import dev.gloss.desktop.core.text.EmojiField;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceException;
import java.util.Arrays;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.text.JTextComponent;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

/** Edit Details…: the paper's metadata, as extracted on import, corrected by the user. */
@NbBundle.Messages({
    "# {0} - title",
    "TITLE_Details=Details of \u201C{0}\u201D",
    "LBL_Title=&Title:",
    "LBL_Authors=&Authors (separated by ;):",
    "LBL_Year=&Year:",
    "LBL_Venue=&Venue:",
    "LBL_ArxivId=ar&Xiv id:",
    "LBL_Doi=&DOI:",
    "LBL_Tags=Ta&gs (separated by ,):",
    "# {0} - value",
    "ERR_Year=The year must be a number like 2026, not \u201C{0}\u201D."
})
final class PaperDetailsDialog {
    private static final RequestProcessor RP = new RequestProcessor(PaperDetailsDialog.class);

    private PaperDetailsDialog() {
    }

    static void edit(Workspace ws, Paper paper) {
        Form f = new Form(paper);
        JTextComponent title = f.title;
        JTextComponent authors = f.authors;
        JTextComponent year = f.year;
        JTextComponent venue = f.venue;
        JTextComponent arxiv = f.arxiv;
        JTextComponent doi = f.doi;
        JTextComponent tags = f.tags;
        JPanel form = new Forms().add(Bundle.LBL_Title(), title).add(Bundle.LBL_Authors(), authors)
                .add(Bundle.LBL_Year(), year).add(Bundle.LBL_Venue(), venue).add(Bundle.LBL_ArxivId(), arxiv)
                .add(Bundle.LBL_Doi(), doi).add(Bundle.LBL_Tags(), tags).panel();

        while (true) {
            NotifyDescriptor d = new NotifyDescriptor.Confirmation(form, Bundle.TITLE_Details(paper.displayTitle()),
                    NotifyDescriptor.OK_CANCEL_OPTION, NotifyDescriptor.PLAIN_MESSAGE);
            if (DialogDisplayer.getDefault().notify(d) != NotifyDescriptor.OK_OPTION) {
                return;
            }
            Integer y;
            try {
                y = year.getText().isBlank() ? null : Integer.valueOf(year.getText().trim());
            } catch (NumberFormatException e) {
                DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(Bundle.ERR_Year(year.getText()),
                        NotifyDescriptor.WARNING_MESSAGE));
                continue;
            }
            Paper edited = paper.withMetadata(blankToNull(title.getText()), split(authors.getText(), ";"), y,
                    blankToNull(venue.getText()), blankToNull(arxiv.getText()), blankToNull(doi.getText()),
                    split(tags.getText(), ","));
            RP.post(() -> {
                try {
                    ws.save(Kind.PAPERS, edited);
                } catch (WorkspaceException e) {
                    StatusDisplayer.getDefault().setStatusText(Sentences.of(e));
                }
            });
            return;
        }
    }

    /** The dialog's fields, so tests can reach them: the texts people write draw their emoji in colour. */
    static final class Form {
        final JTextComponent title;
        final JTextComponent authors;
        final JTextComponent year;
        final JTextComponent venue;
        final JTextComponent arxiv;
        final JTextComponent doi;
        final JTextComponent tags;

        Form(Paper paper) {
            title = words(paper.title());
            authors = words(String.join("; ", paper.authors()));
            year = field(paper.year() == null ? "" : paper.year().toString());
            venue = words(paper.venue());
            arxiv = field(paper.arxivId());
            doi = field(paper.doi());
            tags = words(String.join(", ", paper.tags()));
        }
    }

    /** A field for words, which may hold emoji. */
    private static JTextComponent words(String value) {
        return new EmojiField(value, 36, 1);
    }

    /** A field for an identifier or a number. */
    private static JTextComponent field(String value) {
        return new JTextField(value == null ? "" : value, 36);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
