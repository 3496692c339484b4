package dev.gloss.workspace;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * One pen stroke of an ink mark: a polyline in PDF user space (points, origin bottom-left,
 * unrotated page), like one path of a PDF Ink annotation's /InkList. Stored as a flat array
 * {@code [x1, y1, x2, y2, ...]}.
 *
 * @param xy the coordinates, x and y alternating; an even count of at least two
 */
public record InkStroke(List<Double> xy) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public InkStroke {
        if (xy == null || xy.size() < 2 || xy.size() % 2 != 0) {
            throw new IllegalArgumentException("An ink stroke needs x and y pairs, not " + (xy == null ? 0 : xy.size())
                    + " numbers.");
        }
        xy = List.copyOf(xy);
    }

    /** A stroke through the points {@code x1, y1, x2, y2, ...}. */
    public static InkStroke of(double... xy) {
        List<Double> v = new ArrayList<>(xy.length);
        for (double d : xy) {
            v.add(d);
        }
        return new InkStroke(v);
    }

    /** The flat coordinate list, as written to JSON. */
    @JsonValue
    @Override
    public List<Double> xy() {
        return xy;
    }

    /** How many points the stroke has. */
    public int size() {
        return xy.size() / 2;
    }

    public double x(int point) {
        return xy.get(2 * point);
    }

    public double y(int point) {
        return xy.get(2 * point + 1);
    }

    /** The smallest rectangle holding every stroke's points, or null when there are none. */
    public static Rect bounds(List<InkStroke> strokes) {
        double l = Double.MAX_VALUE;
        double b = Double.MAX_VALUE;
        double r = -Double.MAX_VALUE;
        double t = -Double.MAX_VALUE;
        for (InkStroke s : strokes) {
            for (int i = 0; i < s.size(); i++) {
                l = Math.min(l, s.x(i));
                r = Math.max(r, s.x(i));
                b = Math.min(b, s.y(i));
                t = Math.max(t, s.y(i));
            }
        }
        return l > r ? null : new Rect(l, b, r, t);
    }
}
