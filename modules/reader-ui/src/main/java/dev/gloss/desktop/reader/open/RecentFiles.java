package dev.gloss.desktop.reader.open;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.openide.util.NbPreferences;

/** The PDFs opened last, most recent first, kept in the user's preferences. */
public final class RecentFiles {
    static final int LIMIT = 10;
    private final Preferences node;

    RecentFiles(Preferences node) {
        this.node = node;
    }

    public static RecentFiles standard() {
        return new RecentFiles(NbPreferences.forModule(RecentFiles.class).node("recent"));
    }

    /** Puts a file first (moving it up when it is there already). */
    public void add(Path file) {
        String f = file.toAbsolutePath().normalize().toString();
        List<String> list = new ArrayList<>(stored());
        list.remove(f);
        list.add(0, f);
        store(list);
    }

    /** The files, most recent first, leaving out those that no longer exist. */
    List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (String s : stored()) {
            Path p = Path.of(s);
            if (Files.isRegularFile(p)) {
                out.add(p);
            }
        }
        return out;
    }

    void clear() {
        store(List.of());
    }

    private List<String> stored() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            String s = node.get(Integer.toString(i), null);
            if (s != null && !s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    private void store(List<String> list) {
        for (int i = 0; i < LIMIT; i++) {
            if (i < list.size()) {
                node.put(Integer.toString(i), list.get(i));
            } else {
                node.remove(Integer.toString(i));
            }
        }
    }
}
