package dev.gloss.desktop.composer;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.dnd.DropTargetAdapter;
import java.awt.dnd.DropTargetDragEvent;
import java.awt.dnd.DropTargetDropEvent;
import java.awt.dnd.DropTargetEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.TooManyListenersException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.SwingUtilities;
import org.openide.util.NbBundle;

/**
 * The column of post cards, as wide as the window, with "Add post" at its end. Cards are
 * reordered by dragging their grip (mouse tracking within the list, which is more robust than
 * drag and drop for moves inside one component); a line shows where a card or a drop will land.
 */
@NbBundle.Messages({
    "LBL_AddPost=Add post",
    "TIP_AddPost=Add an empty post at the end of the thread"
})
final class CardList extends ColumnPanel {
    private static final Logger LOG = Logger.getLogger(CardList.class.getName());
    private static final int GAP = 8;

    private final CardActions actions;
    private final List<PostCard> cards = new ArrayList<>();
    private final JButton add = new JButton(Bundle.LBL_AddPost());
    private int indicator = -1;

    CardList(CardActions actions) {
        this.actions = actions;
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setBorder(BorderFactory.createEmptyBorder(GAP, GAP, GAP, GAP));
        add.setName("addPost");
        add.setToolTipText(Bundle.TIP_AddPost());
        add.setAlignmentX(LEFT_ALIGNMENT);
        add.addActionListener(e -> actions.addPost());
        setTransferHandler(new ComposerTransfer(actions, -1, null, this::insertionIndex));
        try {
            getDropTarget().addDropTargetListener(new DropTargetAdapter() {
                @Override
                public void dragOver(DropTargetDragEvent e) {
                    showIndicator(insertionIndex(e.getLocation()));
                }

                @Override
                public void dragExit(DropTargetEvent e) {
                    showIndicator(-1);
                }

                @Override
                public void drop(DropTargetDropEvent e) {
                    showIndicator(-1);
                }
            });
        } catch (TooManyListenersException e) {
            LOG.log(Level.FINE, "no drop indicator", e);
        }
    }

    /** Replaces the cards. */
    void setCards(List<PostCard> newCards) {
        removeAll();
        cards.clear();
        cards.addAll(newCards);
        for (PostCard c : cards) {
            c.setAlignmentX(LEFT_ALIGNMENT);
            add(c);
            add(Box.createVerticalStrut(GAP));
            installReorder(c);
        }
        add(add);
        revalidate();
        repaint();
    }

    List<PostCard> cards() {
        return cards;
    }

    JButton addButton() {
        return add;
    }

    /** The index at which posts dropped at {@code p} (list coordinates) are inserted. */
    int insertionIndex(Point p) {
        for (PostCard c : cards) {
            if (p.y < c.getY() + c.getHeight() / 2) {
                return c.index();
            }
        }
        return cards.size();
    }

    private void showIndicator(int index) {
        if (indicator != index) {
            indicator = index;
            repaint();
        }
    }

    @Override
    protected void paintChildren(Graphics g) {
        super.paintChildren(g);
        if (indicator < 0) {
            return;
        }
        int y = indicator < cards.size() ? cards.get(indicator).getY() - GAP / 2
                : cards.isEmpty() ? GAP / 2 : cards.get(cards.size() - 1).getY() + cards.get(cards.size() - 1).getHeight() + GAP / 2;
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setColor(Glyphs.focus());
        g2.fillRoundRect(GAP, y - 1, getWidth() - 2 * GAP, 3, 3, 3);
        g2.dispose();
    }

    /** Dragging a card's grip moves the card to where the line shows when the mouse is let go. */
    private void installReorder(PostCard card) {
        MouseAdapter drag = new MouseAdapter() {
            private boolean dragging;

            @Override
            public void mouseDragged(MouseEvent e) {
                dragging = true;
                Point p = SwingUtilities.convertPoint(e.getComponent(), e.getPoint(), CardList.this);
                showIndicator(insertionIndex(p));
                scrollRectToVisible(new Rectangle(0, p.y - 20, 1, 40));
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                if (!dragging) {
                    return;
                }
                dragging = false;
                int target = indicator;
                showIndicator(-1);
                int from = card.index();
                if (target < 0) {
                    return;
                }
                int to = target > from ? target - 1 : target;
                if (to != from) {
                    actions.moveTo(from, to);
                }
            }
        };
        card.grip().addMouseListener(drag);
        card.grip().addMouseMotionListener(drag);
    }
}
