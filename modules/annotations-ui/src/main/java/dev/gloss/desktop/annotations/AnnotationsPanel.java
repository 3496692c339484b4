package dev.gloss.desktop.annotations;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.UIManager;
import org.openide.awt.UndoRedo;
import org.openide.util.NbBundle;

/**
 * The annotation view's content, independent of the window system (so it can be tested in a
 * plain frame): the filter bar, the list, the empty states, live updates from the workspace and
 * the orphan check of the current paper.
 */
@NbBundle.Messages({
    "LBL_Loading=Loading annotations\u2026",
    "LBL_NoPaper=No paper is open. Open one from the Library, or show the annotations of all papers.",
    "LBL_ShowAll=Show all papers",
    "LBL_NoAnnotations=No annotations yet \u2014 select text in a paper and press H",
    "LBL_NoMatch=No annotations match the filter",
    "LBL_ClearFilter=Clear filter",
    "# {0} - shown",
    "# {1} - total",
    "LBL_CountFiltered={0} of {1,choice,0#0 annotations|1#1 annotation|1<{1,number,integer} annotations}",
    "# {0} - count",
    "LBL_Count={0,choice,0#No annotations|1#One annotation|1<{0,number,integer} annotations}"
})
final class AnnotationsPanel extends JPanel {
    private final AnnotationListModel model = new AnnotationListModel();
    private final WorkspaceFeed feed = new WorkspaceFeed(model, this::refresh);
    private final FilterBar bar = new FilterBar(this::refresh);
    private final RowTable table = new RowTable();
    private final CardLayout cards = new CardLayout();
    private final JPanel body = new JPanel(cards);
    private final MessageLabel message = new MessageLabel();
    private final JButton messageButton = new JButton();
    private String messageText = "";
    private Runnable messageAction = () -> { };
    private final JLabel footer = new JLabel(" ");
    private final AnnotationEdits.Undo undo = new AnnotationEdits.Undo();
    private final Set<String> collapsed = new HashSet<>();
    private final AnnotationActions actions = new AnnotationActions(this);
    private AnnotationEdits edits;
    private Paper current;
    private AnnotationListModel.Result last;
    private Consumer<List<Annotation>> onSelection = s -> { };
    /** Edit ▸ Copy and Edit ▸ Delete while this view has focus. */
    private final javax.swing.Action copyAction = new AbstractAction() {
        @Override
        public void actionPerformed(ActionEvent e) {
            copySelection();
        }
    };
    private final javax.swing.Action deleteAction = new AbstractAction() {
        @Override
        public void actionPerformed(ActionEvent e) {
            if (edits != null) {
                actions.delete(table.selectedAnnotations());
            }
        }
    };

    AnnotationsPanel() {
        super(new BorderLayout());
        add(bar, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, separator()));
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        body.add(scroll, "list");
        JPanel empty = new JPanel(new GridBagLayout());
        JPanel stack = new JPanel(new BorderLayout(0, 8));
        stack.setOpaque(false);
        stack.add(message, BorderLayout.CENTER);
        JPanel buttonRow = new JPanel();
        buttonRow.setOpaque(false);
        buttonRow.add(messageButton);
        stack.add(buttonRow, BorderLayout.SOUTH);
        GridBagConstraints fill = new GridBagConstraints();
        fill.fill = GridBagConstraints.HORIZONTAL;
        fill.weightx = 1;
        empty.add(stack, fill);
        empty.setBorder(BorderFactory.createEmptyBorder(12, 16, 12, 16));

        body.add(empty, "message");
        add(body, BorderLayout.CENTER);
        footer.setBorder(BorderFactory.createEmptyBorder(3, 10, 3, 10));
        footer.setFont(RowRenderer.small(footer.getFont()));
        footer.setForeground(UIManager.getColor("Label.disabledForeground"));
        add(footer, BorderLayout.SOUTH);
        messageButton.addActionListener(e -> messageAction.run());
        messageButton.setVisible(false);
        bar.exportButton().addActionListener(e -> {
            if (edits != null) {
                actions.exportMenu(exportPapers()).getPopupMenu().show(bar.exportButton(), 0,
                        bar.exportButton().getHeight());
            }
        });
        table.setDragEnabled(true);
        table.setTransferHandler(new AnnotationDrag(table));
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !table.isRestoring()) {
                selectionChanged();
            }
        });
        ListInput.install(this);
        showMessage(Bundle.LBL_Loading(), null, null);
    }

    private static java.awt.Color separator() {
        java.awt.Color c = UIManager.getColor("Component.borderColor");
        return c != null ? c : UIManager.getColor("Separator.foreground");
    }

    // ---- connection to the workspace -----------------------------------------------------

    /** Starts showing {@code workspace}: loads it in the background and follows its changes. */
    void attach(Workspace workspace) {
        if (feed.workspace() == workspace) {
            return;
        }
        edits = new AnnotationEdits(workspace, undo);
        feed.attach(workspace);
        refresh();
    }

    /** Stops following the workspace (the window closed). */
    void detach() {
        feed.detach();
    }

    // ---- what is shown -------------------------------------------------------------------

    /** The paper open in the reader (or chosen in the library); null when there is none. */
    void setCurrentPaper(Paper p) {
        boolean other = !Objects.equals(p == null ? null : p.id(), current == null ? null : current.id());
        current = p;
        feed.setCurrent(p);
        if (other) {
            refresh();
        }
    }

    Paper currentPaper() {
        return current;
    }

    /** The paper whose PDF this is, when it lies in the workspace. */
    Paper paperOfFile(java.nio.file.Path file) {
        return feed.paperOfFile(file);
    }

    /** Selects an annotation (chosen in the reader) if it is listed, opening its paper's group. */
    void reveal(Annotation a) {
        if (!feed.isLoaded() || a == null) {
            return;
        }
        List<Annotation> sel = table.selectedAnnotations();
        if (sel.size() == 1 && sel.get(0).id().equals(a.id())) {
            return;
        }
        if (collapsed.remove(a.paperId())) {
            refresh();
        }
        table.select("a:" + a.id());
    }

    void refresh() {
        if (feed.workspace() == null || !feed.isLoaded()) {
            showMessage(Bundle.LBL_Loading(), null, null);
            return;
        }
        bar.setTags(model.tags());
        boolean all = bar.scope() == FilterBar.Scope.ALL_PAPERS;
        if (!all && current == null) {
            last = null;
            table.setRows(List.of(), false);
            showMessage(Bundle.LBL_NoPaper(), Bundle.LBL_ShowAll(),
                    () -> bar.setScope(FilterBar.Scope.ALL_PAPERS));
            footer.setText(" ");
            return;
        }
        Query q = bar.query(all ? null : current.id(), collapsed);
        AnnotationListModel.Result r = model.rows(q);
        last = r;
        if (r.total() == 0) {
            table.setRows(List.of(), false);
            showMessage(Bundle.LBL_NoAnnotations(), null, null);
            footer.setText(" ");
        } else if (r.shown() == 0) {
            table.setRows(List.of(), false);
            showMessage(Bundle.LBL_NoMatch(), Bundle.LBL_ClearFilter(), bar::clearFilters);
            footer.setText(Bundle.LBL_CountFiltered(0, r.total()));
        } else {
            table.setRows(r.rows(), q.sort() == Sort.DATE);
            cards.show(body, "list");
            footer.setText(q.filtered() ? Bundle.LBL_CountFiltered(r.shown(), r.total()) : Bundle.LBL_Count(r.total()));
        }
        selectionChanged();
    }

    private void selectionChanged() {
        List<Annotation> sel = table.selectedAnnotations();
        copyAction.setEnabled(!sel.isEmpty());
        deleteAction.setEnabled(!sel.isEmpty());
        onSelection.accept(sel);
    }

    javax.swing.Action copyAction() {
        return copyAction;
    }

    javax.swing.Action deleteAction() {
        return deleteAction;
    }

    private void showMessage(String text, String button, Runnable action) {
        messageText = text;
        message.setText(text);
        messageButton.setText(button == null ? "" : button);
        messageButton.setVisible(button != null);
        messageAction = action == null ? () -> { } : action;
        cards.show(body, "message");
    }

    /** The empty-state message shown (plain text), or null when the list is shown. */
    String messageText() {
        return showsList() ? null : messageText;
    }

    /** Hides or shows the annotations of a paper under its header. */
    void toggle(String paperId) {
        if (!collapsed.remove(paperId)) {
            collapsed.add(paperId);
        }
        refresh();
        table.select("p:" + paperId);
    }

    /** The papers an export covers: those of the selection, else the paper or papers shown. */
    List<Paper> exportPapers() {
        Map<String, Paper> out = new LinkedHashMap<>();
        for (Annotation a : table.selectedAnnotations()) {
            model.paper(a.paperId()).ifPresent(p -> out.putIfAbsent(p.id(), p));
        }
        if (out.isEmpty()) {
            if (bar.scope() == FilterBar.Scope.THIS_PAPER) {
                if (current != null) {
                    out.put(current.id(), current);
                }
            } else {
                for (Row r : table.rows()) {
                    if (r instanceof Row.PaperRow p && p.paper() != null) {
                        out.put(p.paperId(), p.paper());
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    void copySelection() {
        javax.swing.TransferHandler.getCopyAction().actionPerformed(new ActionEvent(table, ActionEvent.ACTION_PERFORMED, "copy"));
    }

    // ---- for the window and for tests ----------------------------------------------------

    void setSelectionListener(Consumer<List<Annotation>> l) {
        onSelection = l;
    }

    UndoRedo undoRedo() {
        return undo;
    }

    AnnotationListModel model() {
        return model;
    }

    AnnotationEdits edits() {
        return edits;
    }

    AnnotationActions actions() {
        return actions;
    }

    FilterBar filterBar() {
        return bar;
    }

    RowTable table() {
        return table;
    }

    boolean showsList() {
        return table.getParent() != null && table.getParent().getParent() != null
                && table.getParent().getParent().isVisible();
    }

    AnnotationListModel.Result lastResult() {
        return last;
    }

    boolean isLoaded() {
        return feed.isLoaded();
    }

    /** Waits for background work (loading, orphan check) to finish; for tests. */
    void waitIdle() {
        feed.waitIdle();
        AnnotationEdits.flush();
    }
}
