package dev.gloss.desktop.reader;

import dev.gloss.pdf.TextRange;
import dev.gloss.workspace.Quad;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.event.ChangeListener;
import org.openide.util.ChangeSupport;

/**
 * The text selected in a reader: one segment per page it spans, in reading order. Lives on
 * the event thread.
 */
final class SelectionModel {
    /**
     * The selected part of one page.
     *
     * @param page  the page, from 1
     * @param range the characters of the page's text
     * @param text  those characters
     * @param quads where they are, in page space
     */
    record Segment(int page, TextRange range, String text, List<Quad> quads) {
        Segment {
            quads = List.copyOf(quads);
        }
    }

    private final ChangeSupport changes = new ChangeSupport(this);
    private List<Segment> segments = List.of();

    List<Segment> segments() {
        return segments;
    }

    boolean isEmpty() {
        return segments.isEmpty();
    }

    /** The selected text, pages joined by a line break. */
    String text() {
        return segments.stream().map(Segment::text).collect(Collectors.joining("\n"));
    }

    void set(List<Segment> newSegments) {
        List<Segment> s = List.copyOf(newSegments);
        if (!s.equals(segments)) {
            segments = s;
            changes.fireChange();
        }
    }

    void clear() {
        set(List.of());
    }

    void addChangeListener(ChangeListener l) {
        changes.addChangeListener(l);
    }

    void removeChangeListener(ChangeListener l) {
        changes.removeChangeListener(l);
    }
}
