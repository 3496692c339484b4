package dev.gloss.desktop.library;

import dev.gloss.desktop.core.Sentences;
import dev.gloss.sources.Identifiers;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle;

/**
 * File ▸ Add Paper from Link… (Ctrl+Shift+L; the Library's Link button): arXiv ids and links,
 * DOIs, OpenReview and ACL Anthology pages or PDF addresses, one per line; the clipboard's
 * links are filled in when it holds some. The dialog says as you type how many papers it names
 * and which line names none.
 */
@ActionID(category = "File", id = "dev.gloss.desktop.library.AddFromLinkAction")
@ActionRegistration(displayName = "#CTL_AddFromLink", iconBase = "dev/gloss/desktop/library/paper.png")
@ActionReferences({
    @ActionReference(path = "Menu/File", position = 55),
    @ActionReference(path = "Shortcuts", name = "DS-L")
})
@NbBundle.Messages({
    "CTL_AddFromLink=Add Paper from &Link…",
    "LBL_AddFromLinkTitle=Add Paper from Link",
    "LBL_AddFromLinkHint=<html>An arXiv id or link, a DOI, an OpenReview or ACL Anthology page, or a PDF's address; one per line.</html>",
    "BTN_Add=Add",
    "# {0} - count", "LBL_Names={0,choice,0#Paste a link or an id above|1#One paper|1<{0,number,integer} papers}",
    "# {0} - count", "# {1} - the first that names none", "LBL_NamesAndNot={0,choice,0#|1#One paper. |1<{0,number,integer} papers. }{1}"
})
public final class AddFromLinkAction implements ActionListener {
    private static final Logger LOG = Logger.getLogger(AddFromLinkAction.class.getName());

    @Override
    public void actionPerformed(ActionEvent e) {
        String text = ask(clipboardLinks());
        if (text != null && !text.isBlank()) {
            LinkAdding.start(text);
        }
    }

    /** The dialog; the text to add, or null when cancelled. */
    static String ask(String initial) {
        JTextArea links = new JTextArea(initial, 5, 48);
        links.setLineWrap(false);
        links.getAccessibleContext().setAccessibleName(Bundle.LBL_AddFromLinkTitle());
        JLabel state = new JLabel(" ");
        javax.swing.JButton add = new javax.swing.JButton(Bundle.BTN_Add());
        Runnable check = () -> {
            List<Identifiers.Parsed> all = Identifiers.parseAll(links.getText());
            long ok = all.stream().filter(Identifiers.Parsed::ok).count();
            Identifiers.Parsed bad = all.stream().filter(p -> !p.ok()).findFirst().orElse(null);
            state.setText(bad == null ? Bundle.LBL_Names(ok) : Bundle.LBL_NamesAndNot(ok, Sentences.of(bad.error())));
            add.setEnabled(ok > 0);
        };
        links.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent ev) {
                check.run();
            }

            @Override
            public void removeUpdate(DocumentEvent ev) {
                check.run();
            }

            @Override
            public void changedUpdate(DocumentEvent ev) {
                check.run();
            }
        });
        check.run();
        JScrollPane scroll = new JScrollPane(links);
        scroll.setPreferredSize(new Dimension(520, 120));
        javax.swing.JPanel panel = new dev.gloss.desktop.core.widgets.Forms().addWide(new JLabel(Bundle.LBL_AddFromLinkHint()))
                .addWide(scroll).addWide(state).panel();
        DialogDescriptor d = new DialogDescriptor(panel, Bundle.LBL_AddFromLinkTitle(), true,
                new Object[]{add, DialogDescriptor.CANCEL_OPTION}, add, DialogDescriptor.DEFAULT_ALIGN, null, null);
        d.setClosingOptions(new Object[]{add, DialogDescriptor.CANCEL_OPTION});
        links.selectAll();
        Object answer = DialogDisplayer.getDefault().notify(d);
        return answer == add ? links.getText() : null;
    }

    /** The clipboard's text when it names papers (so the dialog opens filled in), else "". */
    static String clipboardLinks() {
        try {
            java.awt.datatransfer.Clipboard c = Toolkit.getDefaultToolkit().getSystemClipboard();
            if (c.isDataFlavorAvailable(DataFlavor.stringFlavor)) {
                String s = (String) c.getData(DataFlavor.stringFlavor);
                return s != null && s.length() < 10_000 && Identifiers.looksLikeOne(s) ? s.strip() : "";
            }
        } catch (IllegalStateException | UnsupportedFlavorException | IOException e) {
            // the clipboard is busy or holds something else: the dialog opens empty
            LOG.log(Level.FINE, "clipboard not readable", e);
        }
        return "";
    }
}
