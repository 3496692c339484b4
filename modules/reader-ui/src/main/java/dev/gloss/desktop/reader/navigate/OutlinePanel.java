package dev.gloss.desktop.reader.navigate;

import dev.gloss.pdf.OutlineItem;
import java.awt.BorderLayout;
import java.awt.Component;
import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTree;
import javax.swing.SwingConstants;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.TreePath;
import org.openide.util.NbBundle;

/** The document's outline (bookmarks) as a tree; choosing an entry goes to its page; a cut entry's title shows whole on hover. */
@NbBundle.Messages("LBL_NoOutline=This document has no outline.")
public final class OutlinePanel extends JPanel {
    public OutlinePanel(List<OutlineItem> outline, IntConsumer goTo) {
        super(new BorderLayout());
        if (outline.isEmpty()) {
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
        JTree tree = new JTree(root);
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
        tree.addTreeSelectionListener(e -> {
            TreePath p = e.getNewLeadSelectionPath();
            if (p != null && ((DefaultMutableTreeNode) p.getLastPathComponent()).getUserObject() instanceof OutlineItem item
                    && item.page() > 0) {
                goTo.accept(item.page());
            }
        });
        JScrollPane sp = new JScrollPane(tree);
        sp.setBorder(BorderFactory.createEmptyBorder());
        add(sp, BorderLayout.CENTER);
    }

    private static DefaultMutableTreeNode node(OutlineItem item) {
        DefaultMutableTreeNode n = new DefaultMutableTreeNode(item);
        for (OutlineItem c : item.children()) {
            n.add(node(c));
        }
        return n;
    }
}
