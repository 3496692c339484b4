package dev.gloss.desktop.reader.navigate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

/**
 * Where the reader of one document has been: the places it jumped away from (a link, a
 * citation, the outline, a thumbnail, a search hit, an annotation, a page number typed), for
 * Back, and the places it came back from, for Forward, as a browser keeps them. Lives in the
 * document's tab Lookup; at most {@value #LIMIT} places each way.
 *
 * <pre>{@code
 * NavigationHistory<ReadingPosition> h = tab.getLookup().lookup(NavigationHistory.class);
 * h.record(new NavigationHistory.Place<>(view.position(), "page 3"));   // before a jump
 * h.back(here).ifPresent(p -> view.restore(p.position()));              // Alt+Left
 * }</pre>
 *
 * @param <P> a position in the document (where the view was, and at what zoom)
 */
public final class NavigationHistory<P> {
    static final int LIMIT = 100;
    private final Deque<Place<P>> back = new ArrayDeque<>();
    private final Deque<Place<P>> forward = new ArrayDeque<>();
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * One place to return to.
     *
     * @param position where the view was
     * @param label    how to name it in a tooltip ("page 3", "page 12 of 37")
     */
    public record Place<P>(P position, String label) {
    }

    /** Takes note of where the reader was before a jump; Forward is forgotten, as in a browser. */
    public void record(Place<P> from) {
        // jumping again from the same place adds no second entry
        if (back.isEmpty() || !back.peekLast().position().equals(from.position())) {
            back.addLast(from);
        }
        while (back.size() > LIMIT) {
            back.removeFirst();
        }
        forward.clear();
        fire();
    }

    /** The place Back goes to, leaving {@code here} for Forward; empty when there is none. */
    public Optional<Place<P>> back(Place<P> here) {
        return step(back, forward, here);
    }

    /** The place Forward goes to, leaving {@code here} for Back; empty when there is none. */
    public Optional<Place<P>> forward(Place<P> here) {
        return step(forward, back, here);
    }

    private Optional<Place<P>> step(Deque<Place<P>> from, Deque<Place<P>> to, Place<P> here) {
        Place<P> p = from.pollLast();
        if (p == null) {
            return Optional.empty();
        }
        to.addLast(here);
        while (to.size() > LIMIT) {
            to.removeFirst();
        }
        fire();
        return Optional.of(p);
    }

    /** The place Back would go to, for the button's tooltip. */
    public Optional<Place<P>> peekBack() {
        return Optional.ofNullable(back.peekLast());
    }

    /** The place Forward would go to. */
    public Optional<Place<P>> peekForward() {
        return Optional.ofNullable(forward.peekLast());
    }

    public boolean canGoBack() {
        return !back.isEmpty();
    }

    public boolean canGoForward() {
        return !forward.isEmpty();
    }

    /** Both ways, oldest first, to keep across a restart. */
    public List<Place<P>> backPlaces() {
        return new ArrayList<>(back);
    }

    public List<Place<P>> forwardPlaces() {
        return new ArrayList<>(forward);
    }

    /** Replaces both ways with places kept from an earlier session (oldest first). */
    public void restore(List<Place<P>> backPlaces, List<Place<P>> forwardPlaces) {
        back.clear();
        forward.clear();
        back.addAll(backPlaces.subList(Math.max(0, backPlaces.size() - LIMIT), backPlaces.size()));
        forward.addAll(forwardPlaces.subList(Math.max(0, forwardPlaces.size() - LIMIT), forwardPlaces.size()));
        fire();
    }

    /** Told whenever Back or Forward changes (on the thread that changed it: the event thread). */
    public void addChangeListener(ChangeListener l) {
        listeners.add(l);
    }

    public void removeChangeListener(ChangeListener l) {
        listeners.remove(l);
    }

    private void fire() {
        ChangeEvent e = new ChangeEvent(this);
        for (ChangeListener l : listeners) {
            l.stateChanged(e);
        }
    }
}
