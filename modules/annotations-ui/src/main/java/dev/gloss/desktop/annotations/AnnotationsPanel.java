package dev.gloss.desktop.annotations;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceEvent;
import dev.gloss.workspace.WorkspaceListener;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
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
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.openide.awt.UndoRedo;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

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
    "LBL_CountFiltered={0} of {1} annotations",
    "# {0} - count",
    "LBL_Count={0} annotation(s)"
})
final class AnnotationsPanel extends JPanel {
    private static final RequestProcessor RP = new RequestProcessor("Gloss annotation view", 1);
    private final AnnotationListModel model = new AnnotationListModel();
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
    private final List<WorkspaceEvent> early = new ArrayList<>();
    private final WorkspaceListener listener = e -> SwingUtilities.invokeLater(() -> apply(e));
    private final AnnotationActions actions = new AnnotationActions(this);
    private Workspace ws;
    private AnnotationEdits edits;
    private OrphanScanner orphans;
    private Paper current;
    private boolean loaded;
    private boolean loading;
    private boolean refreshQueued;
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
        table.addMouseListener(new Mouse());
        keys();
        showMessage(Bundle.LBL_Loading(), null, null);
    }

    private static java.awt.Color separator() {
        java.awt.Color c = UIManager.getColor("Component.borderColor");
        return c != null ? c : UIManager.getColor("Separator.foreground");
    }

    private void keys() {
        bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "gloss.open", this::openSelected);
        bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "gloss.delete",
                () -> actions.delete(table.selectedAnnotations()));
        bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_F10, KeyEvent.SHIFT_DOWN_MASK), "gloss.menu", () -> {
            int lead = table.getSelectionModel().getLeadSelectionIndex();
            if (lead >= 0 && edits != null) {
                java.awt.Rectangle r = table.getCellRect(lead, 0, true);
                actions.popup(table.selectedAnnotations()).show(table, r.x + 20, r.y + r.height / 2);
            }
        });
        bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_CONTEXT_MENU, 0), "gloss.menu", null);
        bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_F, Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()),
                "gloss.find", () -> bar.textField().requestFocusInWindow());
        // from the filter field, Down moves into the list
        bind(bar.textField(), KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "gloss.toList", () -> {
            int first = firstAnnotationRow();
            if (first >= 0) {
                table.requestFocusInWindow();
                table.getSelectionModel().setSelectionInterval(first, first);
                table.scrollRectToVisible(table.getCellRect(first, 0, true));
            }
        });
    }

    private static void bind(JComponent c, KeyStroke key, String name, Runnable run) {
        c.getInputMap(JComponent.WHEN_FOCUSED).put(key, name);
        if (run != null) {
            c.getActionMap().put(name, new AbstractAction() {
                @Override
                public void actionPerformed(ActionEvent e) {
                    run.run();
                }
            });
        }
    }

    private int firstAnnotationRow() {
        List<Row> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof Row.AnnotationRow) {
                return i;
            }
        }
        return -1;
    }

    // ---- connection to the workspace -----------------------------------------------------

    /** Starts showing {@code workspace}: loads it in the background and follows its changes. */
    void attach(Workspace workspace) {
        if (ws == workspace) {
            return;
        }
        detach();
        ws = workspace;
        edits = new AnnotationEdits(workspace, undo);
        orphans = new OrphanScanner(workspace, this::orphansFound);
        workspace.addListener(listener);
        load();
    }

    /** Stops following the workspace (the window closed). */
    void detach() {
        if (ws != null) {
            ws.removeListener(listener);
        }
        ws = null;
        loaded = false;
    }

    private void load() {
        if (loading || ws == null) {
            return;
        }
        loading = true;
        loaded = false;
        early.clear();
        Workspace w = ws;
        RP.post(() -> {
            List<Paper> papers = w.papers();
            List<Annotation> anns = w.annotations();
            SwingUtilities.invokeLater(() -> loaded(w, papers, anns));
        });
    }

    private void loaded(Workspace w, List<Paper> papers, List<Annotation> anns) {
        loading = false;
        if (w != ws) {
            return;
        }
        model.setPapers(papers);
        model.setAnnotations(anns);
        loaded = true;
        // changes that arrived while loading may be newer than the snapshot: apply them again
        List<WorkspaceEvent> replay = new ArrayList<>(early);
        early.clear();
        replay.forEach(this::apply);
        refresh();
        checkOrphans();
    }

    private void apply(WorkspaceEvent e) {
        if (ws == null) {
            return;
        }
        if (!loaded) {
            early.add(e);
            return;
        }
        if (e.change() == WorkspaceEvent.Change.RELOADED) {
            load();
            return;
        }
        if (e.kind() == Kind.ANNOTATIONS) {
            Annotation before = model.get(e.id()).orElse(null);
            if (e.change() == WorkspaceEvent.Change.REMOVED) {
                model.remove(e.id());
            } else if (e.value() instanceof Annotation a) {
                model.put(a);
            }
            Annotation now = model.get(e.id()).orElse(null);
            Annotation any = now != null ? now : before;
            if (current != null && any != null && current.id().equals(any.paperId()) && anchorChanged(before, now)) {
                checkOrphans();
            }
        } else if (e.kind() == Kind.PAPERS) {
            if (e.change() == WorkspaceEvent.Change.REMOVED) {
                model.removePaper(e.id());
            } else if (e.value() instanceof Paper p) {
                model.putPaper(p);
            }
        } else {
            return;
        }
        queueRefresh();
    }

    private static boolean anchorChanged(Annotation before, Annotation now) {
        if (before == null || now == null) {
            return now != null;
        }
        return before.page() != now.page() || !before.exact().equals(now.exact())
                || !Objects.equals(before.position(), now.position());
    }

    /** Many changes in a row (an import) cost one refresh. */
    private void queueRefresh() {
        if (!refreshQueued) {
            refreshQueued = true;
            SwingUtilities.invokeLater(() -> {
                refreshQueued = false;
                refresh();
            });
        }
    }

    private void checkOrphans() {
        if (current != null && orphans != null && loaded) {
            orphans.schedule(current, model.annotationsOf(current.id()));
        }
    }

    private void orphansFound(String paperId, Set<String> ids) {
        model.markOrphaned(paperId, ids);
        refresh();
    }

    // ---- what is shown -------------------------------------------------------------------

    /** The paper open in the reader (or chosen in the library); null when there is none. */
    void setCurrentPaper(Paper p) {
        if (Objects.equals(p == null ? null : p.id(), current == null ? null : current.id())) {
            current = p;
            return;
        }
        current = p;
        refresh();
        checkOrphans();
    }

    Paper currentPaper() {
        return current;
    }

    /** The paper whose PDF this is, when it lies in the workspace ({@code papers/<id>/<file>}). */
    Paper paperOfFile(java.nio.file.Path file) {
        if (ws == null || file == null || file.getParent() == null) {
            return null;
        }
        java.nio.file.Path dir = file.toAbsolutePath().normalize().getParent();
        java.nio.file.Path papers = ws.root().toAbsolutePath().normalize().resolve("papers");
        if (!papers.equals(dir.getParent())) {
            return null;
        }
        return model.paper(dir.getFileName().toString()).orElse(null);
    }

    /** Selects an annotation (chosen in the reader) if it is listed, opening its paper's group. */
    void reveal(Annotation a) {
        if (!loaded || a == null) {
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
        if (ws == null || !loaded) {
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

    private void openSelected() {
        int lead = table.getSelectionModel().getLeadSelectionIndex();
        Row r = table.rowAt(lead);
        if (r instanceof Row.PaperRow p) {
            toggle(p.paperId());
        } else if (r instanceof Row.GroupRow g && g.page() > 0 && edits != null) {
            actions.goToPage(g.paperId(), g.page());
        } else if (r instanceof Row.AnnotationRow a && edits != null) {
            actions.goTo(a.annotation());
        }
    }

    private void toggle(String paperId) {
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
        return loaded;
    }

    /** Waits for background work (loading, orphan check) to finish; for tests. */
    void waitIdle() {
        RP.post(() -> { }).waitFinished();
        if (orphans != null) {
            orphans.waitFinished();
        }
        AnnotationEdits.flush();
    }

    /** Clicks, double-clicks and the context menu on the list. */
    private final class Mouse extends MouseAdapter {
        @Override
        public void mousePressed(MouseEvent e) {
            popup(e);
        }

        @Override
        public void mouseReleased(MouseEvent e) {
            popup(e);
        }

        @Override
        public void mouseClicked(MouseEvent e) {
            if (!SwingUtilities.isLeftMouseButton(e)) {
                return;
            }
            Row r = table.rowAt(table.rowAtPoint(e.getPoint()));
            if (r instanceof Row.PaperRow p && e.getClickCount() == 1) {
                toggle(p.paperId());
            } else if (e.getClickCount() == 2 && edits != null) {
                if (r instanceof Row.AnnotationRow a) {
                    actions.goTo(a.annotation());
                } else if (r instanceof Row.GroupRow g && g.page() > 0) {
                    actions.goToPage(g.paperId(), g.page());
                }
            }
        }

        private void popup(MouseEvent e) {
            if (!e.isPopupTrigger() || edits == null) {
                return;
            }
            Point p = e.getPoint();
            int row = table.rowAtPoint(p);
            if (row >= 0 && !table.isRowSelected(row)) {
                table.getSelectionModel().setSelectionInterval(row, row);
            }
            actions.popup(table.selectedAnnotations()).show(table, p.x, p.y);
        }
    }
}
