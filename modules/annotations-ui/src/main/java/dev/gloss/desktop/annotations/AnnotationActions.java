package dev.gloss.desktop.annotations;

import dev.gloss.desktop.core.AnnotationColors;
import dev.gloss.desktop.core.widgets.Icons;
import dev.gloss.desktop.core.widgets.NoteAndTagsDialog;
import dev.gloss.desktop.core.spi.PaperOpener;
import dev.gloss.desktop.core.spi.ReaderNavigator;
import dev.gloss.desktop.core.spi.ThreadComposerService;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Paper;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.time.Instant;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.KeyStroke;
import javax.swing.undo.UndoableEdit;
import org.openide.awt.Mnemonics;
import org.openide.awt.Notification;
import org.openide.awt.NotificationDisplayer;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle;

/**
 * What the user can do with the selected annotations: go to one in the reader, quote them in a
 * thread, edit a note and tags, change the colour, delete (undoably), export.
 */
@NbBundle.Messages({
    "ACT_GoTo=&Go to",
    "ACT_Quote=&Quote in Thread",
    "TIP_NoComposer=The thread composer is not installed",
    "ACT_EditNote=&Edit Note & Tags\u2026",
    "TITLE_EditNote=Edit Note & Tags",
    "ACT_Color=Change &Colour",
    "ACT_Copy=Cop&y Quotes",
    "ACT_Delete=&Delete",
    "ACT_Export=E&xport",
    "ACT_ExportMarkdown=&Markdown\u2026",
    "ACT_ExportJsonLd=&JSON-LD (Web Annotations)\u2026",
    "ACT_ExportPdf=&PDF with Annotations\u2026",
    "TIP_ExportPdfOne=Choose annotations of one paper (or show one paper) to export its PDF",
    "UNDO_Note=Edit Note",
    "UNDO_Color=Change Colour",
    "UNDO_Delete=Delete Annotations",
    "# {0} - count",
    "MSG_Deleted=Deleted {0,choice,0#no annotations|1#one annotation|1<{0,number,integer} annotations}",
    "MSG_ClickToUndo=Click here to undo",
    "# {0} - count",
    "MSG_Restored=Restored {0,choice,0#no annotations|1#the deleted annotation|1<the {0,number,integer} deleted annotations}",
    "MSG_CannotUndo=Other changes came after the deletion; use Edit \u25B8 Undo in the annotation view",
    "# {0} - paper id",
    "MSG_NoPaper=The paper {0} is not in the workspace any more"
})
final class AnnotationActions {
    private final AnnotationsPanel view;

    AnnotationActions(AnnotationsPanel view) {
        this.view = view;
    }

    /** Opens the annotation's spot in the reader and flashes it (or just opens the paper). */
    void goTo(Annotation a) {
        Paper p = view.model().paper(a.paperId()).orElse(null);
        if (p == null) {
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_NoPaper(a.paperId()));
            return;
        }
        ReaderNavigator nav = ReaderNavigator.getDefault();
        if (nav != null) {
            nav.showAnnotation(p, a);
        } else {
            PaperOpener.open(view.edits().workspace(), p);
        }
    }

    /** Opens a paper at a page. */
    void goToPage(String paperId, int page) {
        Paper p = view.model().paper(paperId).orElse(null);
        if (p == null) {
            return;
        }
        ReaderNavigator nav = ReaderNavigator.getDefault();
        if (nav != null) {
            nav.showPage(p, page);
        } else {
            PaperOpener.open(view.edits().workspace(), p);
        }
    }

    void quote(List<Annotation> sel) {
        ThreadComposerService composer = ThreadComposerService.getDefault();
        if (composer != null && !sel.isEmpty()) {
            composer.quote(sel);
        }
    }

    void editNote(Annotation a) {
        String quote = Text.oneLine(a.exact());
        NoteAndTagsDialog.Input r = NoteAndTagsDialog.ask(Bundle.TITLE_EditNote(), quote.isEmpty() ? RowRenderer.typeLabel(a) : quote,
                a.note(), a.tags());
        if (r != null && (!java.util.Objects.equals(r.note(), a.note()) || !r.tags().equals(a.tags()))) {
            view.edits().change(List.of(a), cur -> cur.withNote(r.note(), r.tags(), Instant.now()),
                    Bundle.UNDO_Note(), null);
        }
    }

    void changeColor(List<Annotation> sel, String color) {
        List<Annotation> changing = sel.stream().filter(a -> !color.equals(AnnotationListModel.colorOf(a))).toList();
        if (!changing.isEmpty()) {
            view.edits().change(changing, cur -> cur.withColor(color, Instant.now()), Bundle.UNDO_Color(), null);
        }
    }

    void delete(List<Annotation> sel) {
        if (sel.isEmpty()) {
            return;
        }
        int n = sel.size();
        String next = view.table().keyAfterRemoving(sel);
        view.edits().delete(sel, Bundle.UNDO_Delete(), edit -> {
            offerUndo(edit, n);
            // the list refreshes after this (queued behind it): then keep the keyboard's place
            if (next != null) {
                javax.swing.SwingUtilities.invokeLater(() -> view.table().select(next));
            }
        });
    }

    private void offerUndo(UndoableEdit edit, int n) {
        Notification[] shown = new Notification[1];
        shown[0] = NotificationDisplayer.getDefault().notify(Bundle.MSG_Deleted(n), Icons.info(),
                Bundle.MSG_ClickToUndo(), e -> {
                    if (view.edits().undoIfLast(edit)) {
                        StatusDisplayer.getDefault().setStatusText(Bundle.MSG_Restored(n));
                    } else {
                        StatusDisplayer.getDefault().setStatusText(Bundle.MSG_CannotUndo());
                    }
                    shown[0].clear();
                }, NotificationDisplayer.Priority.LOW);
        StatusDisplayer.getDefault().setStatusText(Bundle.MSG_Deleted(n));
    }

    /** The context menu for the selection. */
    JPopupMenu popup(List<Annotation> sel) {
        JPopupMenu menu = new JPopupMenu();
        dev.gloss.desktop.core.widgets.PopupMnemonics.install(menu);
        boolean one = sel.size() == 1;
        boolean any = !sel.isEmpty();
        JMenuItem goTo = item(Bundle.ACT_GoTo(), one, () -> goTo(sel.get(0)));
        goTo.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0));
        goTo.setFont(goTo.getFont().deriveFont(java.awt.Font.BOLD));
        menu.add(goTo);
        JMenuItem quote = item(Bundle.ACT_Quote(), any && ThreadComposerService.getDefault() != null,
                () -> quote(sel));
        if (ThreadComposerService.getDefault() == null) {
            quote.setToolTipText(Bundle.TIP_NoComposer());
        }
        menu.add(quote);
        menu.addSeparator();
        menu.add(item(Bundle.ACT_EditNote(), one, () -> editNote(sel.get(0))));
        JMenu colour = new JMenu();
        Mnemonics.setLocalizedText(colour, Bundle.ACT_Color());
        colour.setEnabled(any);
        for (String name : AnnotationColors.NAMES) {
            JMenuItem c = item(Text.capitalize(name), any, () -> changeColor(sel, name));
            c.setIcon(new ColorSwatchIcon(name, 14));
            colour.add(c);
        }
        menu.add(colour);
        JMenuItem copy = item(Bundle.ACT_Copy(), any, () -> view.copySelection());
        copy.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_C, java.awt.Toolkit.getDefaultToolkit()
                .getMenuShortcutKeyMaskEx()));
        menu.add(copy);
        JMenuItem delete = item(Bundle.ACT_Delete(), any, () -> delete(sel));
        delete.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0));
        menu.add(delete);
        menu.addSeparator();
        menu.add(exportMenu(view.exportPapers()));
        return menu;
    }

    /** The Export submenu for these papers. */
    JMenu exportMenu(List<Paper> papers) {
        JMenu export = new JMenu();
        Mnemonics.setLocalizedText(export, Bundle.ACT_Export());
        export.setEnabled(!papers.isEmpty());
        export.add(item(Bundle.ACT_ExportMarkdown(), !papers.isEmpty(),
                () -> Exporter.export(view, view.edits().workspace(), papers, Exporter.Format.MARKDOWN)));
        export.add(item(Bundle.ACT_ExportJsonLd(), !papers.isEmpty(),
                () -> Exporter.export(view, view.edits().workspace(), papers, Exporter.Format.JSONLD)));
        JMenuItem pdf = item(Bundle.ACT_ExportPdf(), papers.size() == 1,
                () -> Exporter.export(view, view.edits().workspace(), papers, Exporter.Format.PDF));
        if (papers.size() != 1) {
            pdf.setToolTipText(Bundle.TIP_ExportPdfOne());
        }
        export.add(pdf);
        return export;
    }

    private static JMenuItem item(String text, boolean enabled, Runnable run) {
        Action a = new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
        JMenuItem i = new JMenuItem(a);
        Mnemonics.setLocalizedText(i, text);
        i.setEnabled(enabled);
        return i;
    }
}
