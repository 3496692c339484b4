package dev.gloss.desktop.reader.navigate;

import dev.gloss.desktop.reader.render.ReadingPosition;
import dev.gloss.desktop.reader.render.Zoom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.openide.util.NbPreferences;

/**
 * Remembers the reading position of each document by the SHA-256 of its bytes, so a paper
 * opened from the library, from a copy elsewhere or after a restart comes back where it was
 * left. Keeps the most recent {@value #LIMIT} documents.
 */
public final class PositionMemory {
    private static final Logger LOG = Logger.getLogger(PositionMemory.class.getName());
    static final int LIMIT = 500;
    private final Preferences node;

    PositionMemory(Preferences node) {
        this.node = node;
    }

    /** The memory of this installation (the user directory's preferences). */
    public static PositionMemory standard() {
        return in(NbPreferences.forModule(PositionMemory.class));
    }

    /** The memory kept in the reader's preferences {@code readerPrefs}. */
    public static PositionMemory in(Preferences readerPrefs) {
        return new PositionMemory(readerPrefs.node("positions"));
    }

    /** The position last remembered for the document with this SHA-256 (hex). */
    public Optional<ReadingPosition> recall(String sha256) {
        String v = node.get(sha256, null);
        if (v == null) {
            return Optional.empty();
        }
        String[] f = v.split(";");
        try {
            int page = Integer.parseInt(f[0]);
            double offset = Double.parseDouble(f[1]);
            Zoom zoom = f.length > 2 ? Zoom.parse(f[2]) : null;
            if (page < 1 || !Double.isFinite(offset)) {
                return Optional.empty();
            }
            return Optional.of(new ReadingPosition(page, offset, zoom == null ? Zoom.FIT_WIDTH : zoom));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            LOG.log(Level.FINE, "Ignoring a malformed reading position: {0}", v);
            return Optional.empty();
        }
    }

    /** Remembers {@code position} for the document with this SHA-256 (hex). */
    public void remember(String sha256, ReadingPosition position) {
        node.put(sha256, String.format(Locale.ROOT, "%d;%.1f;%s;%d", position.page(), position.offset(),
                position.zoom().key(), System.currentTimeMillis()));
        prune();
    }

    private void prune() {
        try {
            String[] keys = node.keys();
            if (keys.length <= LIMIT) {
                return;
            }
            List<String[]> stamped = new ArrayList<>();
            for (String k : keys) {
                String[] f = node.get(k, "").split(";");
                stamped.add(new String[] {k, f.length > 3 ? f[3] : "0"});
            }
            stamped.sort((a, b) -> Long.compare(parse(a[1]), parse(b[1])));
            for (int i = 0; i < stamped.size() - LIMIT; i++) {
                node.remove(stamped.get(i)[0]);
            }
        } catch (BackingStoreException e) {
            LOG.log(Level.INFO, "Cannot prune remembered reading positions", e);
        }
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
