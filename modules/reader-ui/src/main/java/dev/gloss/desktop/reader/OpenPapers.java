package dev.gloss.desktop.reader;

import dev.gloss.desktop.core.FirstPage;
import dev.gloss.desktop.core.spi.PaperOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import org.openide.awt.StatusDisplayer;
import org.openide.modules.OnStop;
import org.openide.util.NbBundle;
import org.openide.util.NbPreferences;
import org.openide.windows.OnShowing;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * The PDFs open in the reader when Gloss closes, opened again at the next start (the reader
 * tabs themselves are not kept by the window system: a tab is a file, which may be gone).
 * The one the user was reading comes to the front.
 */
@NbBundle.Messages({
    "# {0} - file",
    "MSG_TabGone={0} was open last time but is gone or cannot be read; its tab is not reopened.",
    "# {0} - how many",
    "# {1} - the first one's name",
    "MSG_TabsGone={0} files open last time ({1} and others) are gone or cannot be read; their tabs are not reopened."
})
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
        for (Path f : saved()) {
            if (Files.isRegularFile(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private List<Path> saved() {
        List<Path> out = new ArrayList<>();
        for (String line : node.get("files", "").split("\n")) {
            if (!line.isBlank()) {
                out.add(Path.of(line));
            }
        }
        return out;
    }

    /**
     * What to reopen: the files remembered that can be read, in tab order, and those that are
     * gone or cannot be read, which are dropped from the saved set at once (told once, never again).
     */
    Restore restore() {
        List<Path> open = new ArrayList<>();
        List<Path> gone = new ArrayList<>();
        for (Path f : saved()) {
            (Files.isRegularFile(f) && Files.isReadable(f) ? open : gone).add(f);
        }
        if (!gone.isEmpty()) {
            Path a = active();
            remember(open, a != null && open.contains(a) ? a : null);
        }
        return new Restore(open, gone);
    }

    /** The tabs to open again, and the files of last time that are gone. */
    record Restore(List<Path> files, List<Path> gone) {
    }

    /** Drops {@code file} from the saved set: its tab could not open it, so it does not come back. */
    void forget(Path file) {
        Path f = file.toAbsolutePath().normalize();
        List<Path> rest = new ArrayList<>(saved());
        if (rest.remove(f)) {
            Path a = active();
            remember(rest, a == null || a.equals(f) ? null : a);
        }
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
                if (tc instanceof ReaderTopComponent r && !r.failedToOpen()) {
                    // a tab that could not open its file says so once, and does not come back
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
            Restore restore = open.restore();
            List<Path> files = restore.files();
            if (!restore.gone().isEmpty()) {
                List<Path> gone = restore.gone();
                StatusDisplayer.getDefault().setStatusText(gone.size() == 1
                        ? Bundle.MSG_TabGone(gone.get(0))
                        : Bundle.MSG_TabsGone(gone.size(), gone.get(0).getFileName()), StatusDisplayer.IMPORTANCE_ANNOTATION);
            }
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
