package dev.gloss.desktop.reader;

import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.desktop.reader.select.PageTexts;
import dev.gloss.desktop.reader.select.SelectionModel;
import dev.gloss.pdf.PageText;
import dev.gloss.pdf.TextRange;
import dev.gloss.pdf.TextUnits;
import dev.gloss.workspace.Quad;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.ActionMap;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.KeyStroke;
import org.openide.util.NbBundle;

/**
 * The text selection from the keyboard, in the page view: Shift+Right and Shift+Left move the
 * end of the selection by a word, Shift+Down and Shift+Up by a line, Alt+S grows it to the
 * whole sentences it touches. The selection's start stays where it is: moving the end back
 * past it selects backwards from the first word, which stays selected. Without a selection, the first Shift+arrow selects
 * the first word on screen of the current page. Steps stay within the page the selection ends
 * on.
 */
@NbBundle.Messages("CTL_SelectSentence=Select Sentence")
final class KeyboardSelection {
    static final KeyStroke SENTENCE_KEY = KeyStroke.getKeyStroke(KeyEvent.VK_S, InputEvent.ALT_DOWN_MASK);
    private enum Step { WORD_FORWARD, WORD_BACK, LINE_DOWN, LINE_UP, SENTENCE }

    private final PageView view;
    private final PageTexts texts;
    private final SelectionModel selection;
    /** Where the keyboard left the selection, to tell it from one made since by the mouse or find. */
    private List<SelectionModel.Segment> made = List.of();
    private int anchor;
    /** The end of the selection's first word: moving back past the start keeps that word selected. */
    private int anchorEnd;
    private int focus;
    /** The column a run of Shift+Down / Shift+Up aims at (-1: none yet), so Up undoes Down. */
    private int goalColumn = -1;

    KeyboardSelection(PageView view, PageTexts texts, SelectionModel selection) {
        this.view = view;
        this.texts = texts;
        this.selection = selection;
    }

    /** Binds Shift+arrows (also on the keypad) and Alt+S on the page view. */
    void install() {
        InputMap in = view.getInputMap(JComponent.WHEN_FOCUSED);
        ActionMap am = view.getActionMap();
        bind(in, am, "reader-extend-right", Step.WORD_FORWARD, KeyEvent.VK_RIGHT, KeyEvent.VK_KP_RIGHT);
        bind(in, am, "reader-extend-left", Step.WORD_BACK, KeyEvent.VK_LEFT, KeyEvent.VK_KP_LEFT);
        bind(in, am, "reader-extend-down", Step.LINE_DOWN, KeyEvent.VK_DOWN, KeyEvent.VK_KP_DOWN);
        bind(in, am, "reader-extend-up", Step.LINE_UP, KeyEvent.VK_UP, KeyEvent.VK_KP_UP);
        in.put(SENTENCE_KEY, "reader-select-sentence");
        am.put("reader-select-sentence", action("reader-select-sentence", Step.SENTENCE));
    }

    private void bind(InputMap in, ActionMap am, String name, Step step, int... keys) {
        for (int k : keys) {
            in.put(KeyStroke.getKeyStroke(k, InputEvent.SHIFT_DOWN_MASK), name);
        }
        am.put(name, action(name, step));
    }

    private AbstractAction action(String name, Step step) {
        return new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                apply(step);
            }
        };
    }

    /** Adds "Select Sentence" to the page context menu when text is selected. */
    void contribute(JPopupMenu menu, int page, Point2D point) {
        if (selection.isEmpty()) {
            return;
        }
        JMenuItem item = new JMenuItem(Bundle.CTL_SelectSentence());
        item.setAccelerator(SENTENCE_KEY);
        item.addActionListener(e -> apply(Step.SENTENCE));
        menu.add(item);
    }

    void extendWord(boolean forward) {
        apply(forward ? Step.WORD_FORWARD : Step.WORD_BACK);
    }

    void extendLine(boolean down) {
        apply(down ? Step.LINE_DOWN : Step.LINE_UP);
    }

    void selectSentence() {
        apply(Step.SENTENCE);
    }

    private void apply(Step step) {
        List<SelectionModel.Segment> now = selection.segments();
        int page = now.isEmpty() ? view.currentPage() : now.get(now.size() - 1).page();
        PageText t = texts.get(page);
        if (t == null) {
            texts.load(page, () -> {
                if (texts.get(page) != null) {
                    apply(step);
                }
            });
            return;
        }
        TextUnits units = new TextUnits(t);
        if (now.isEmpty()) {
            if (startOnScreen(units) && step == Step.SENTENCE) {
                apply(step);
            }
            return;
        }
        SelectionModel.Segment last = now.get(now.size() - 1);
        if (!now.equals(made)) {
            // a selection made by the mouse or by find: its end is what moves
            anchor = last.range().start();
            anchorEnd = anchorWordEnd(units, anchor, last.range().end());
            focus = last.range().end();
            goalColumn = -1;
        }
        boolean vertical = step == Step.LINE_DOWN || step == Step.LINE_UP;
        if (!vertical) {
            goalColumn = -1;
        } else if (goalColumn < 0) {
            goalColumn = units.column(focus);
        }
        List<SelectionModel.Segment> before = now.subList(0, now.size() - 1);
        if (step == Step.SENTENCE) {
            TextRange whole = units.sentences(last.range());
            int start = before.isEmpty() ? whole.start() : last.range().start();
            List<SelectionModel.Segment> out = new ArrayList<>();
            if (!before.isEmpty()) {
                SelectionModel.Segment first = before.get(0);
                PageText ft = texts.get(first.page());
                if (ft != null) {
                    TextRange fr = new TextUnits(ft).sentences(first.range());
                    out.add(segment(ft, new TextRange(fr.start(), first.range().end())));
                } else {
                    out.add(first);
                }
                out.addAll(before.subList(1, before.size()));
            }
            anchor = start;
            anchorEnd = anchorWordEnd(units, start, whole.end());
            focus = whole.end();
            set(out, t, new TextRange(start, whole.end()));
            return;
        }
        // a multi-page selection keeps its start: its last page can shrink to the page's start, no further
        int floor = before.isEmpty() ? 0 : last.range().start();
        TextRange current = last.range();
        TextRange next = null;
        int f = focus;
        // a step that would select nothing, or what is selected already, takes one more step
        for (int tries = 0; tries < 4 && (next == null || next.equals(current)); tries++) {
            f = move(units, step, f);
            if (f < 0) {
                return;
            }
            f = Math.max(floor, f);
            next = f < anchor ? units.trim(f, anchorEnd) : units.trim(anchor, f);
            if (f == floor && next == null) {
                return;
            }
        }
        if (next == null || next.equals(current)) {
            return;
        }
        focus = f;
        set(new ArrayList<>(before), t, next);
    }

    private static int anchorWordEnd(TextUnits units, int start, int selectionEnd) {
        TextRange w = units.wordAround(start);
        return w == null ? selectionEnd : Math.min(w.end(), selectionEnd);
    }

    private int move(TextUnits units, Step step, int from) {
        return switch (step) {
            case WORD_FORWARD -> units.nextWordEnd(from);
            case WORD_BACK -> units.previousWordStart(from);
            case LINE_DOWN -> units.lineMove(from, 1, from >= anchor, goalColumn);
            case LINE_UP -> {
                int up = units.lineMove(from, -1, from > anchor, goalColumn);
                yield up >= 0 && up > anchor ? up : units.lineMove(from, -1, false, goalColumn);
            }
            default -> -1;
        };
    }

    /** Selects the first word of the current page that is on screen (or the page's first word). */
    private boolean startOnScreen(TextUnits units) {
        int page = units.page().page();
        Rectangle vis = view.getVisibleRect().intersection(view.pageLayout().bounds(page));
        TextRange w = null;
        if (!vis.isEmpty()) {
            Point2D a = view.toPage(page, vis.getLocation());
            Point2D b = view.toPage(page, new java.awt.Point(vis.x + vis.width, vis.y + vis.height));
            w = units.firstWordIn(Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()),
                    Math.max(a.getX(), b.getX()), Math.max(a.getY(), b.getY()));
        }
        if (w == null && !units.words().isEmpty()) {
            w = units.words().get(0);
        }
        if (w == null) {
            return false;
        }
        anchor = w.start();
        anchorEnd = w.end();
        focus = w.end();
        goalColumn = -1;
        set(new ArrayList<>(), units.page(), w);
        return true;
    }

    private void set(List<SelectionModel.Segment> before, PageText t, TextRange last) {
        before.add(segment(t, last));
        made = List.copyOf(before);
        selection.set(made);
        reveal(t, focus);
    }

    /** Scrolls so that the moving end of the selection is on screen. */
    private void reveal(PageText t, int at) {
        int from = Math.max(0, Math.min(at, t.text().length()) - 1);
        List<Quad> quads = t.quads(from, Math.min(t.text().length(), from + 1));
        if (quads.isEmpty()) {
            return;
        }
        Quad q = quads.get(0);
        view.reveal(t.page(), new Rectangle2D.Double(q.minX(), q.minY(), q.maxX() - q.minX(), q.maxY() - q.minY()));
    }

    private static SelectionModel.Segment segment(PageText t, TextRange r) {
        return new SelectionModel.Segment(t.page(), r, t.slice(r), t.quads(r.start(), r.end()));
    }
}
