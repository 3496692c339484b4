package dev.gloss.desktop.core;

import java.io.File;
import org.openide.modules.OnStart;
import org.openide.windows.WindowManager;

/**
 * Opens the workspace while the window system starts, so the first window has data quickly,
 * and then the files given on the command line ({@code ./gloss FILE.pdf} passes them as
 * {@code -J-Dgloss.open=A.pdf:B.pdf}).
 */
@OnStart
public final class Startup implements Runnable {
    @Override
    public void run() {
        GlossWorkspace.open();
        String files = System.getProperty("gloss.open");
        if (files != null && !files.isBlank()) {
            WindowManager.getDefault().invokeWhenUIReady(() -> {
                for (String f : files.split(File.pathSeparator)) {
                    PaperOpener.openFile(new File(f));
                }
            });
        }
    }
}
