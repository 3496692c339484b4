package dev.gloss.desktop.reader.navigate;

import dev.gloss.desktop.reader.navigate.NavigationHistory.Place;
import dev.gloss.desktop.reader.render.ReadingPosition;
import dev.gloss.desktop.reader.render.Zoom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.openide.util.NbPreferences;

/**
 * Keeps each document's Back and Forward across a restart, by the SHA-256 of its bytes (as
 * {@link PositionMemory} keeps its reading position), for the most recent {@value #LIMIT}
 * documents. A malformed entry is skipped, never fatal.
 */
public final class HistoryMemory {
    private static final Logger LOG = Logger.getLogger(HistoryMemory.class.getName());
    static final int LIMIT = 200;
    private final Preferences node;

    HistoryMemory(Preferences node) {
        this.node = node;
    }

    /** The memory of this installation (the user directory's preferences). */
    public static HistoryMemory standard() {
        return new HistoryMemory(NbPreferences.forModule(HistoryMemory.class).node("history"));
    }

    /** Writes the document's Back and Forward (or forgets them when both are empty). */
    public void remember(String sha256, NavigationHistory<Spot> history) {
        List<Place<Spot>> back = history.backPlaces();
        List<Place<Spot>> forward = history.forwardPlaces();
        if (back.isEmpty() && forward.isEmpty()) {
            node.remove(sha256);
            return;
        }
        node.put(sha256, System.currentTimeMillis() + "\n" + encode(back) + "\n" + encode(forward));
        prune();
    }

    /** Fills {@code history} with what was remembered for the document, if anything. */
    public void recall(String sha256, NavigationHistory<Spot> history) {
        String v = node.get(sha256, null);
        if (v == null) {
            return;
        }
        String[] lines = v.split("\n", -1);
        if (lines.length < 3) {
            return;
        }
        history.restore(decode(lines[1]), decode(lines[2]));
    }

    private static String encode(List<Place<Spot>> places) {
        StringBuilder sb = new StringBuilder();
        for (Place<Spot> p : places) {
            ReadingPosition r = p.position().position();
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(String.format(Locale.ROOT, "%d;%.1f;%s;%.1f;%s", r.page(), r.offset(), r.zoom().key(), p.position().left(),
                    p.label().replace('|', '/').replace(';', ',')));
        }
        return sb.toString();
    }

    private static List<Place<Spot>> decode(String line) {
        List<Place<Spot>> out = new ArrayList<>();
        if (line.isBlank()) {
            return out;
        }
        for (String item : line.split("\\|")) {
            String[] f = item.split(";", 5);
            try {
                int page = Integer.parseInt(f[0]);
                double offset = Double.parseDouble(f[1]);
                Zoom zoom = Zoom.parse(f[2]);
                double left = Double.parseDouble(f[3]);
                if (page < 1 || zoom == null || !Double.isFinite(offset) || !Double.isFinite(left)) {
                    continue;
                }
                out.add(new Place<>(new Spot(new ReadingPosition(page, offset, zoom), left), f[4]));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                LOG.log(Level.FINE, "Ignoring a malformed place of the reading history: {0}", item);
            }
        }
        return out;
    }

    private void prune() {
        try {
            String[] keys = node.keys();
            if (keys.length <= LIMIT) {
                return;
            }
            List<String[]> stamped = new ArrayList<>();
            for (String k : keys) {
                stamped.add(new String[] {k, node.get(k, "0").split("\n", 2)[0]});
            }
            stamped.sort((a, b) -> Long.compare(stamp(a[1]), stamp(b[1])));
            for (int i = 0; i < stamped.size() - LIMIT; i++) {
                node.remove(stamped.get(i)[0]);
            }
        } catch (BackingStoreException e) {
            LOG.log(Level.INFO, "Cannot prune remembered reading histories", e);
        }
    }

    private static long stamp(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
