package dev.gloss.desktop.reader.select;

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
public final class SelectionModel {
    /**
     * The selected part of one page.
     *
     * @param page  the page, from 1
     * @param range the characters of the page's text
     * @param text  those characters
     * @param quads where they are, in page space
     */
    public record Segment(int page, TextRange range, String text, List<Quad> quads) {
        public Segment {
            quads = List.copyOf(quads);
        }
    }

    private final ChangeSupport changes = new ChangeSupport(this);
    private List<Segment> segments = List.of();

    public List<Segment> segments() {
        return segments;
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    /** The selected text, pages joined by a line break. */
    public String text() {
        return segments.stream().map(Segment::text).collect(Collectors.joining("\n"));
    }

    public void set(List<Segment> newSegments) {
        List<Segment> s = List.copyOf(newSegments);
        if (!s.equals(segments)) {
            segments = s;
            changes.fireChange();
        }
    }

    public void clear() {
      set(List.of());
    }

    public void addChangeListener(ChangeListener l) {
        changes.addChangeListener(l);
    }

    void removeChangeListener(ChangeListener l) {
        changes.removeChangeListener(l);
    }
}
