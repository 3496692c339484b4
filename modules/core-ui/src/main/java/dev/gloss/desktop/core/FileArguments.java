package dev.gloss.desktop.core;

import dev.gloss.desktop.core.spi.PaperOpener;
import dev.gloss.desktop.core.spi.PaperPreloader;
import java.io.File;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.netbeans.spi.sendopts.Env;
import org.netbeans.spi.sendopts.Option;
import org.netbeans.spi.sendopts.OptionProcessor;
import org.openide.util.Lookup;
import org.openide.util.lookup.ServiceProvider;
import org.openide.windows.WindowManager;

/**
 * The files on the command line ({@code ./gloss A.pdf B.pdf}) open in the reader. The platform
 * hands the arguments of the first launch to this processor while it starts, and when Gloss is
 * already running, the launcher sends a second launch's arguments over the user directory's
 * lock-file socket to the running instance, which processes them here: the file opens in the
 * window the user already has.
 */
@ServiceProvider(service = OptionProcessor.class)
public final class FileArguments extends OptionProcessor {
    private static final Logger LOG = Logger.getLogger(FileArguments.class.getName());
    private final Option files = Option.defaultArguments();

    @Override
    protected Set<Option> getOptions() {
        return Set.of(files);
    }

    @Override
    protected void process(Env env, Map<Option, String[]> values) {
        String[] names = values.get(files);
        if (names == null) {
            return;
        }
        boolean first = true;
        for (String name : names) {
            File f = resolve(env.getCurrentDirectory(), name);
            LOG.log(Level.INFO, "Command line: opening {0}", f);
            if (first) { // its page is read while the window is built (or, running, makes its tab)
                first = false;
                preload(f.toPath());
            }
            FirstPage.paperComing();
            // before the main window exists (the first launch) this waits for it
            WindowManager.getDefault().invokeWhenUIReady(() -> PaperOpener.openFile(f));
        }
    }

    /** Starts reading the paper the reader is about to open, if a reader is installed. */
    static void preload(java.nio.file.Path file) {
        PaperPreloader early = Lookup.getDefault().lookup(PaperPreloader.class);
        if (early != null) {
            early.preload(file);
        }
    }

    /** A name from the command line, relative to the directory the launch was made in. */
    static File resolve(File currentDirectory, String name) {
        File f = new File(name);
        return (f.isAbsolute() || currentDirectory == null ? f : new File(currentDirectory, name)).getAbsoluteFile();
    }
}
