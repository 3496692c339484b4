package dev.gloss.desktop.reader.navigate;

import dev.gloss.pdf.OutlineItem;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Insets;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTree;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.TreePath;
import org.openide.util.NbBundle;

/**
 * The document's outline (bookmarks) as a tree that follows reading: the section the reader is
 * in is the selected entry, and changes as the pages scroll. Choosing an entry (a click, even on
 * the entry already marked, or the arrow keys and Enter) goes to its heading itself, not to the
 * top of its page. A cut entry's title shows whole on hover.
 */
@NbBundle.Messages("LBL_NoOutline=This document has no outline.")
public final class OutlinePanel extends JPanel {
    /** Goes to an entry's heading. */
    @FunctionalInterface
    public interface Target {
        void goTo(OutlineItem entry);
    }

    private final JTree tree;
    private final JScrollPane scroll;
    private final Target target;
    /** Every entry that points at a page, in outline order, with its tree node. */
    private final List<DefaultMutableTreeNode> entries = new ArrayList<>();
    /** True while the panel itself selects an entry: following reading, not a choice. */
    private boolean following;
    /** The entry a click pressed on while it was already selected (a click there goes to it again). */
    private TreePath pressedOnSelected;
    /** When the last choice by selection happened (the tree selects on a press before its listeners hear of it). */
    private long selectedWhen;
    /** The entry last chosen: it stays marked while the view stays where it went. */
    private DefaultMutableTreeNode chosen;
    private double chosenLine = Double.NaN;

    public OutlinePanel(List<OutlineItem> outline, Target target) {
        super(new BorderLayout());
        this.target = target;
        if (outline.isEmpty()) {
            tree = null;
            scroll = null;
            JLabel none = new JLabel(Bundle.LBL_NoOutline(), SwingConstants.CENTER);
            none.setEnabled(false);
            none.setBorder(BorderFactory.createEmptyBorder(16, 8, 16, 8));
            add(none, BorderLayout.NORTH);
            return;
        }
        DefaultMutableTreeNode root = new DefaultMutableTreeNode();
        for (OutlineItem item : outline) {
            root.add(node(item));
        }
        tree = new JTree(root);
        tree.setRootVisible(false);
        tree.setShowsRootHandles(true);
        javax.swing.ToolTipManager.sharedInstance().registerComponent(tree);
        tree.setCellRenderer(new DefaultTreeCellRenderer() {
            @Override
            public Component getTreeCellRendererComponent(JTree t, Object value, boolean sel, boolean expanded,
                    boolean leaf, int row, boolean focus) {
                super.getTreeCellRendererComponent(t, value, sel, expanded, leaf, row, focus);
                Object o = ((DefaultMutableTreeNode) value).getUserObject();
                if (o instanceof OutlineItem item) {
                    setText(item.title().isEmpty() ? "\u2014" : item.title());
                    // an entry wider than the side panel is cut: the whole title on hover
                    setToolTipText(item.title().isEmpty() ? null : item.title());
                }
                setIcon(null);
                return this;
            }
        });
        for (int i = 0; i < root.getChildCount(); i++) {
            if (root.getChildCount() <= 12) {
                tree.expandPath(new TreePath(((DefaultMutableTreeNode) root.getChildAt(i)).getPath()));
            }
        }
        for (var e = root.preorderEnumeration(); e.hasMoreElements();) {
            DefaultMutableTreeNode n = (DefaultMutableTreeNode) e.nextElement();
            if (n.getUserObject() instanceof OutlineItem item && item.page() > 0) {
                entries.add(n);
            }
        }
        tree.addTreeSelectionListener(e -> {
            TreePath p = e.getNewLeadSelectionPath();
            if (!following && p != null) {
                selectedWhen = java.awt.EventQueue.getMostRecentEventTime();
                choose((DefaultMutableTreeNode) p.getLastPathComponent());
            }
        });
        tree.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                TreePath at = tree.getPathForLocation(e.getX(), e.getY());
                // selected by this very press: already chosen
                boolean justSelected = selectedWhen == e.getWhen();
                pressedOnSelected = at != null && !justSelected && at.equals(tree.getSelectionPath()) ? at : null;
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                TreePath at = tree.getPathForLocation(e.getX(), e.getY());
                if (SwingUtilities.isLeftMouseButton(e) && at != null && at.equals(pressedOnSelected)) {
                    // the entry was marked already (the section being read): go to its heading again
                    choose((DefaultMutableTreeNode) at.getLastPathComponent());
                }
                pressedOnSelected = null;
            }
        });
        tree.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "gloss-go-to-heading");
        tree.getActionMap().put("gloss-go-to-heading", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                TreePath p = tree.getSelectionPath();
                if (p != null) {
                    choose((DefaultMutableTreeNode) p.getLastPathComponent());
                }
            }
        });
        scroll = new JScrollPane(tree);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, BorderLayout.CENTER);
    }

    private static DefaultMutableTreeNode node(OutlineItem item) {
        DefaultMutableTreeNode n = new DefaultMutableTreeNode(item);
        for (OutlineItem c : item.children()) {
            n.add(node(c));
        }
        return n;
    }

    private void choose(DefaultMutableTreeNode node) {
        if (node.getUserObject() instanceof OutlineItem item && item.page() > 0) {
            chosen = node;
            chosenLine = Double.NaN;
            target.goTo(item);
        }
    }

    /**
     * Marks the section being read: of the entries whose heading is above the reading line, the
     * nearest (the later one, when two are at one place, as a chapter and its first section);
     * none before the first heading. An entry just chosen stays marked while the view stays
     * where it went, even when a later heading is close below it.
     *
     * @param columnY     where an entry's heading is in the page column (its page's top when it
     *                    points at a whole page)
     * @param readingLine the height in the page column that counts as being read
     */
    public void follow(ToDoubleFunction<OutlineItem> columnY, double readingLine) {
        if (tree == null) {
            return;
        }
        DefaultMutableTreeNode current = null;
        if (chosen != null && (Double.isNaN(chosenLine) || Math.abs(chosenLine - readingLine) < 1)) {
            chosenLine = readingLine;
            current = chosen;
        } else {
            chosen = null;
            double best = Double.NEGATIVE_INFINITY;
            for (DefaultMutableTreeNode n : entries) {
                double y = columnY.applyAsDouble((OutlineItem) n.getUserObject());
                if (y <= readingLine && y >= best) {
                    best = y;
                    current = n;
                }
            }
        }
        mark(current);
    }

    private void mark(DefaultMutableTreeNode node) {
        TreePath path = node == null ? null : new TreePath(node.getPath());
        if (path == null ? tree.getSelectionPath() == null : path.equals(tree.getSelectionPath())) {
            return;
        }
        following = true;
        try {
            if (path == null) {
                tree.clearSelection();
            } else {
                tree.setSelectionPath(path); // opens the entry's chapter when it was closed
                tree.scrollPathToVisible(path);
            }
        } finally {
            following = false;
        }
    }

    /** The entry marked as the section being read, or null. */
    public OutlineItem current() {
        TreePath p = tree == null ? null : tree.getSelectionPath();
        return p == null ? null : (OutlineItem) ((DefaultMutableTreeNode) p.getLastPathComponent()).getUserObject();
    }

    /** The width the outline needs to show its open entries' titles uncut (0 without an outline). */
    public int titlesWidth() {
        if (tree == null) {
            return 0;
        }
        Insets in = scroll.getInsets();
        int bar = UIManager.getInt("ScrollBar.width");
        return tree.getPreferredSize().width + in.left + in.right + (bar > 0 ? bar : 12) + 8;
    }

    /** The tree (for tests and for focus). */
    public JTree tree() {
        return tree;
    }

    /** The tree's row showing {@code title} (the first), or -1. */
    public int rowOf(String title) {
        if (tree == null) {
            return -1;
        }
        for (int r = 0; r < tree.getRowCount(); r++) {
            Object o = ((DefaultMutableTreeNode) tree.getPathForRow(r).getLastPathComponent()).getUserObject();
            if (o instanceof OutlineItem item && item.title().equals(title)) {
                return r;
            }
        }
        return -1;
    }
}
