package dev.gloss.desktop.core;

import org.openide.modules.ModuleInstall;

/**
 * Runs before the window system picks its look and feel ({@code validate} is early enough,
 * {@code @OnStart} is not), so the first start is already in FlatLaf light.
 */
public final class Installer extends ModuleInstall {
    @Override
    public void validate() {
        Theme.applyDefault();
    }
}
