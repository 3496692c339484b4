package dev.gloss.desktop.reader;

import dev.gloss.desktop.core.FirstPage;
import dev.gloss.desktop.core.spi.PaperOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import org.openide.modules.OnStop;
import org.openide.util.NbPreferences;
import org.openide.windows.OnShowing;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * The PDFs open in the reader when Gloss closes, opened again at the next start (the reader
 * tabs themselves are not kept by the window system: a tab is a file, which may be gone).
 * The one the user was reading comes to the front.
 */
final class OpenPapers {
    private final Preferences node;

    OpenPapers(Preferences node) {
        this.node = node;
    }

    static OpenPapers standard() {
        return new OpenPapers(NbPreferences.forModule(OpenPapers.class).node("open"));
    }

    /** Remembers the files in tab order and which of them was in front (null: none). */
    void remember(List<Path> files, Path active) {
        StringBuilder list = new StringBuilder();
        for (Path f : files) {
            list.append(f.toAbsolutePath().normalize()).append('\n');
        }
        node.put("files", list.toString());
        node.put("active", active == null ? "" : active.toAbsolutePath().normalize().toString());
    }

    /** The files remembered that still exist, in tab order. */
    List<Path> files() {
        List<Path> out = new ArrayList<>();
        for (String line : node.get("files", "").split("\n")) {
            if (!line.isBlank() && Files.isRegularFile(Path.of(line))) {
                out.add(Path.of(line));
            }
        }
        return out;
    }

    /** The file that was in front, or null. */
    Path active() {
        String a = node.get("active", "");
        return a.isBlank() ? null : Path.of(a);
    }

    /** Asked before Gloss closes (before any window closes): takes note of the reader tabs. */
    @OnStop
    public static final class Remember implements Callable<Boolean> {
        @Override
        public Boolean call() {
            List<Path> files = new ArrayList<>();
            for (TopComponent tc : WindowManager.getDefault().getRegistry().getOpened()) {
                if (tc instanceof ReaderTopComponent r) {
                    files.add(r.file());
                }
            }
            ReaderTopComponent front = ReaderTopComponent.lastActive();
            standard().remember(files, front == null ? null : front.file());
            return Boolean.TRUE;
        }
    }

    /** Once the main window shows: the tabs of last time, the front one last so it is in front. */
    @OnShowing
    public static final class Reopen implements Runnable {
        @Override
        public void run() {
            OpenPapers open = standard();
            Path active = open.active();
            List<Path> files = open.files();
            if (!files.isEmpty()) {
                FirstPage.paperComing();
            }
            for (Path f : files) {
                if (!f.equals(active)) {
                    PaperOpener.openFile(f.toFile());
                }
            }
            if (active != null && files.contains(active)) {
                PaperOpener.openFile(active.toFile());
            }
        }
    }
}
