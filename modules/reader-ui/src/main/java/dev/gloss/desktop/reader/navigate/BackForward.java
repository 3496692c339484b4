package dev.gloss.desktop.reader.navigate;

import dev.gloss.desktop.reader.navigate.NavigationHistory.Place;
import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.desktop.reader.render.ReaderIcons;
import dev.gloss.desktop.reader.render.ReadingPosition;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Optional;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import org.openide.util.NbBundle;

/**
 * Back and Forward of one reader tab: every {@link PageView#jump} that goes farther than a
 * screen records where the view was; Back (Alt+Left, the mouse's back button, the toolbar's
 * arrow) returns there, to the same scroll position and zoom, and Forward goes again. The
 * arrows' tooltips name the place they go to.
 */
@NbBundle.Messages({
    "CTL_Back=Back",
    "CTL_Forward=Forward",
    "# {0} - place, e.g. page 3",
    "TIP_BackTo=Back to {0} (Alt+Left)",
    "# {0} - place",
    "TIP_ForwardTo=Forward to {0} (Alt+Right)",
    "TIP_NoBack=Back (Alt+Left): nothing to go back to yet",
    "TIP_NoForward=Forward (Alt+Right)",
    "# {0} - page label",
    "LBL_PagePlace=page {0}"
})
public final class BackForward {
    /** The mouse's back and forward buttons, as AWT numbers them (X11 buttons 8 and 9). */
    static final int MOUSE_BACK = 4;
    static final int MOUSE_FORWARD = 5;
    private final PageView view;
    private final NavigationHistory<Spot> history;
    private final Action back = new AbstractAction(Bundle.CTL_Back(), ReaderIcons.BACK) {
        @Override
        public void actionPerformed(ActionEvent e) {
            back();
        }
    };
    private final Action forward = new AbstractAction(Bundle.CTL_Forward(), ReaderIcons.FORWARD) {
        @Override
        public void actionPerformed(ActionEvent e) {
            forward();
        }
    };

    public BackForward(PageView view, NavigationHistory<Spot> history) {
        this.view = view;
        this.history = history;
        view.setJumpListener((from, left) -> history.record(place(from, left)));
        history.addChangeListener(e -> update());
        update();
    }

    public NavigationHistory<Spot> history() {
        return history;
    }

    public Action backAction() {
        return back;
    }

    public Action forwardAction() {
        return forward;
    }

    /** Alt+Left and Alt+Right anywhere in {@code panel}, the mouse's back and forward buttons on the pages. */
    public void install(JComponent panel) {
        panel.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_LEFT, InputEvent.ALT_DOWN_MASK), "reader-back");
        panel.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, InputEvent.ALT_DOWN_MASK), "reader-forward");
        panel.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_KP_LEFT, InputEvent.ALT_DOWN_MASK), "reader-back");
        panel.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_KP_RIGHT, InputEvent.ALT_DOWN_MASK), "reader-forward");
        panel.getActionMap().put("reader-back", back);
        panel.getActionMap().put("reader-forward", forward);
        view.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                if (e.getButton() == MOUSE_BACK) {
                    back();
                    e.consume();
                } else if (e.getButton() == MOUSE_FORWARD) {
                    forward();
                    e.consume();
                }
            }
        });
    }

    /** Returns to where the last jump started; false when there is nowhere to go back to. */
    public boolean back() {
        return go(history.back(here()));
    }

    /** Goes where Back came from; false when there is nowhere. */
    public boolean forward() {
        return go(history.forward(here()));
    }

    private boolean go(Optional<Place<Spot>> to) {
        if (to.isEmpty()) {
            return false;
        }
        Spot s = to.get().position();
        view.restore(s.position());
        view.scrollToLeft(s.left());
        return true;
    }

    private Place<Spot> here() {
        return place(view.position(), view.leftInPoints());
    }

    private Place<Spot> place(ReadingPosition p, double left) {
        int page = Math.max(1, Math.min(view.document().pageCount(), p.page()));
        return new Place<>(new Spot(p, left), Bundle.LBL_PagePlace(view.document().label(page)));
    }

    private void update() {
        back.setEnabled(history.canGoBack());
        forward.setEnabled(history.canGoForward());
        back.putValue(Action.SHORT_DESCRIPTION, history.peekBack().map(p -> Bundle.TIP_BackTo(p.label())).orElse(Bundle.TIP_NoBack()));
        forward.putValue(Action.SHORT_DESCRIPTION, history.peekForward().map(p -> Bundle.TIP_ForwardTo(p.label())).orElse(Bundle.TIP_NoForward()));
    }
}
