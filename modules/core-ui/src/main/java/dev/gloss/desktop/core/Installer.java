package dev.gloss.desktop.core;

import dev.gloss.desktop.core.widgets.FocusAfterDialogs;
import org.openide.modules.ModuleInstall;
import org.openide.windows.WindowManager;

/**
 * Runs before the window system picks its look and feel ({@code validate} is early enough,
 * {@code @OnStart} is not), so the first start is already in FlatLaf light, and the launcher's
 * first look at a file is taken as soon as it is drawn ({@link FirstLookSplash}); once the module is
 * on, every closing dialog gives the keyboard back ({@link FocusAfterDialogs}), and the main frame
 * is covered with the launcher's splash before the window system builds it ({@link SplashCover}).
 */
public final class Installer extends ModuleInstall {
    @Override
    public void validate() {
        FirstLookSplash.watch();
        Theme.applyDefault();
    }

    @Override
    public void restored() {
        SplashCover.installIfSplash();
        FocusAfterDialogs.install(() -> WindowManager.getDefault().getMainWindow());
    }
}
