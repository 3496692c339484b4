package dev.gloss.desktop.reader.annotate;

import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.pdf.PageGeometry;
import dev.gloss.workspace.Rect;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.geom.Rectangle2D;
import java.util.function.BiConsumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.ActionMap;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle;

/**
 * The clip tool from the keyboard. When the tool turns on, a frame a third of the page wide
 * and high appears in the middle of what is on screen of the current page; while it shows,
 * the arrow keys move it by {@value #STEP} points (with Ctrl by one point), Shift+arrows make
 * it wider, narrower, taller or shorter, Enter saves the clip as a drag would, Esc cancels.
 * With the tool off, the keys do what they did before. Install after the keys it shares.
 */
@NbBundle.Messages({
    "MSG_ClipHint=Clip: drag over a figure, or move the frame with the arrow keys (Shift+arrows size it), "
            + "Enter saves, Esc cancels."
})
public final class ClipKeys {
    /** One arrow press, in points. */
    public static final double STEP = 10;
    /** The smallest frame the keys make, in points. */
    static final double MIN = 12;
    private final PageView view;
    private final ClipTool clip;
    private final BiConsumer<Integer, Rect> done;

    /**
     * @param done makes the clip: the page and the page-space rectangle (what a drag hands over)
     */
    public ClipKeys(PageView view, ClipTool clip, BiConsumer<Integer, Rect> done) {
        this.view = view;
        this.clip = clip;
        this.done = done;
    }

    public void install() {
        clip.addChangeListener(e -> {
            if (clip.active() && clip.page() == 0) {
                placeOnScreen();
                StatusDisplayer.getDefault().setStatusText(Bundle.MSG_ClipHint());
            } else if (!clip.active()) {
                view.repaint(); // Esc or the toolbar button: the frame goes away
            }
        });
        InputMap in = view.getInputMap(JComponent.WHEN_FOCUSED);
        ActionMap am = view.getActionMap();
        wrap(am, "reader-line-up", () -> move(0, -STEP, false));
        wrap(am, "reader-line-down", () -> move(0, STEP, false));
        wrap(am, "reader-left", () -> move(-STEP, 0, false));
        wrap(am, "reader-right", () -> move(STEP, 0, false));
        wrap(am, "reader-extend-up", () -> move(0, -STEP, true));
        wrap(am, "reader-extend-down", () -> move(0, STEP, true));
        wrap(am, "reader-extend-left", () -> move(-STEP, 0, true));
        wrap(am, "reader-extend-right", () -> move(STEP, 0, true));
        int ctrl = InputEvent.CTRL_DOWN_MASK;
        int ctrlShift = ctrl | InputEvent.SHIFT_DOWN_MASK;
        bind(in, am, KeyStroke.getKeyStroke(KeyEvent.VK_UP, ctrl), "reader-clip-up-fine", () -> move(0, -1, false));
        bind(in, am, KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, ctrl), "reader-clip-down-fine", () -> move(0, 1, false));
        bind(in, am, KeyStroke.getKeyStroke(KeyEvent.VK_LEFT, ctrl), "reader-clip-left-fine", () -> move(-1, 0, false));
        bind(in, am, KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, ctrl), "reader-clip-right-fine", () -> move(1, 0, false));
        bind(in, am, KeyStroke.getKeyStroke(KeyEvent.VK_UP, ctrlShift), "reader-clip-shorter-fine", () -> move(0, -1, true));
        bind(in, am, KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, ctrlShift), "reader-clip-taller-fine", () -> move(0, 1, true));
        bind(in, am, KeyStroke.getKeyStroke(KeyEvent.VK_LEFT, ctrlShift), "reader-clip-narrower-fine", () -> move(-1, 0, true));
        bind(in, am, KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, ctrlShift), "reader-clip-wider-fine", () -> move(1, 0, true));
        bind(in, am, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "reader-clip-save", this::save);
    }

    /** While a frame shows, {@code name}'s key works the frame; otherwise it does what it did. */
    private void wrap(ActionMap am, String name, Runnable onFrame) {
        Action before = am.get(name);
        am.put(name, new AbstractAction(name) {
            @Override
            public boolean isEnabled() {
                return framing() || before == null || before.isEnabled();
            }

            @Override
            public void actionPerformed(ActionEvent e) {
                if (framing()) {
                    onFrame.run();
                } else if (before != null) {
                    before.actionPerformed(e);
                }
            }
        });
    }

    private void bind(InputMap in, ActionMap am, KeyStroke key, String name, Runnable onFrame) {
        in.put(key, name);
        am.put(name, new AbstractAction(name) {
            /** Off while no frame shows, so the key goes on to whoever else wants it. */
            @Override
            public boolean isEnabled() {
                return framing();
            }

            @Override
            public void actionPerformed(ActionEvent e) {
                if (framing()) {
                    onFrame.run();
                }
            }
        });
    }

    private boolean framing() {
        return clip.active() && clip.page() > 0;
    }

    /** Puts the frame in the middle of the visible part of the current page. */
    void placeOnScreen() {
        int page = view.currentPage();
        PageGeometry g = view.document().geometry(page, 1);
        Rectangle b = view.pageLayout().bounds(page);
        Rectangle vis = view.getVisibleRect().intersection(b);
        double scale = view.pageLayout().scale();
        double cx = g.imageWidth() / 2.0;
        double cy = g.imageHeight() / 2.0;
        if (!vis.isEmpty() && scale > 0) {
            cx = (vis.getCenterX() - b.x) / scale;
            cy = (vis.getCenterY() - b.y) / scale;
        }
        double w = g.imageWidth() / 3.0;
        double h = g.imageHeight() / 3.0;
        Rectangle2D frame = inside(g, new Rectangle2D.Double(cx - w / 2, cy - h / 2, w, h));
        clip.place(page, g.toPage(frame));
        shown(page);
    }

    /**
     * Moves the frame by {@code (dx, dy)} points as seen on screen (y down), or with
     * {@code resize} moves its right and bottom edges instead; it stays on the page.
     */
    void move(double dx, double dy, boolean resize) {
        Rect r = clip.rect();
        int page = clip.page();
        if (r == null || page == 0) {
            return;
        }
        PageGeometry g = view.document().geometry(page, 1);
        Rectangle2D f = g.toImage(r);
        Rectangle2D moved = resize
                ? new Rectangle2D.Double(f.getX(), f.getY(),
                        Math.max(MIN, Math.min(f.getWidth() + dx, g.imageWidth() - f.getX())),
                        Math.max(MIN, Math.min(f.getHeight() + dy, g.imageHeight() - f.getY())))
                : inside(g, new Rectangle2D.Double(f.getX() + dx, f.getY() + dy, f.getWidth(), f.getHeight()));
        clip.place(page, g.toPage(moved));
        shown(page);
    }

    /** Makes the clip of the frame (as releasing a drag does) and turns the tool off. */
    void save() {
        int page = clip.page();
        if (!framing()) {
            return;
        }
        Rect r = clip.finish();
        view.repaintPage(page);
        if (r != null) {
            done.accept(page, r);
        }
    }

    /** {@code f} shifted (and if need be shrunk) to lie on the page. */
    private static Rectangle2D inside(PageGeometry g, Rectangle2D f) {
        double w = Math.min(f.getWidth(), g.imageWidth());
        double h = Math.min(f.getHeight(), g.imageHeight());
        double x = Math.max(0, Math.min(f.getX(), g.imageWidth() - w));
        double y = Math.max(0, Math.min(f.getY(), g.imageHeight() - h));
        return new Rectangle2D.Double(x, y, w, h);
    }

    private void shown(int page) {
        Rect r = clip.rect();
        if (r != null) {
            view.reveal(page, new Rectangle2D.Double(r.left(), r.bottom(), r.width(), r.height()));
        }
        view.repaintPage(page);
    }
}
