package dev.gloss.desktop.annotations;

import java.awt.Point;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

/**
 * The keyboard and the mouse on the annotation list: Enter or a double-click goes to the
 * annotation (or the page), a click on a paper's header folds it, Delete deletes, Shift+F10 or
 * a right-click opens the context menu, Ctrl+F goes to the filter and Down comes back from it.
 */
final class ListInput {
    private final AnnotationsPanel view;
    private final RowTable table;

    private ListInput(AnnotationsPanel view) {
        this.view = view;
        this.table = view.table();
    }

    static void install(AnnotationsPanel view) {
        ListInput in = new ListInput(view);
        view.table().addMouseListener(in.new Mouse());
        in.keys();
    }

    private void keys() {
        bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "gloss.open", this::openSelected);
        bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "gloss.delete",
                () -> view.actions().delete(table.selectedAnnotations()));
        bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_F10, KeyEvent.SHIFT_DOWN_MASK), "gloss.menu", () -> {
            int lead = table.getSelectionModel().getLeadSelectionIndex();
            if (lead >= 0 && view.edits() != null) {
                java.awt.Rectangle r = table.getCellRect(lead, 0, true);
                view.actions().popup(table.selectedAnnotations()).show(table, r.x + 20, r.y + r.height / 2);
            }
        });
        bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_CONTEXT_MENU, 0), "gloss.menu", null);
        bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_F, Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()),
                "gloss.find", () -> {
                    // as in the reader's find bar: the old filter selected, so typing replaces it
                    view.filterBar().textField().selectAll();
                    view.filterBar().textField().requestFocusInWindow();
                });
        // from the filter field, Down moves into the list
        bind(view.filterBar().textField(), KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "gloss.toList", () -> {
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

    private void openSelected() {
        int lead = table.getSelectionModel().getLeadSelectionIndex();
        Row r = table.rowAt(lead);
        if (r instanceof Row.PaperRow p) {
            view.toggle(p.paperId());
        } else if (r instanceof Row.GroupRow g && g.page() > 0 && view.edits() != null) {
            view.actions().goToPage(g.paperId(), g.page());
        } else if (r instanceof Row.AnnotationRow a && view.edits() != null) {
            view.actions().goTo(a.annotation());
        }
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
                view.toggle(p.paperId());
            } else if (e.getClickCount() == 2 && view.edits() != null) {
                if (r instanceof Row.AnnotationRow a) {
                    view.actions().goTo(a.annotation());
                } else if (r instanceof Row.GroupRow g && g.page() > 0) {
                    view.actions().goToPage(g.paperId(), g.page());
                }
            }
        }

        private void popup(MouseEvent e) {
            if (!e.isPopupTrigger() || view.edits() == null) {
                return;
            }
            Point p = e.getPoint();
            int row = table.rowAtPoint(p);
            if (row >= 0 && !table.isRowSelected(row)) {
                table.getSelectionModel().setSelectionInterval(row, row);
            }
            view.actions().popup(table.selectedAnnotations()).show(table, p.x, p.y);
        }
    }
}
