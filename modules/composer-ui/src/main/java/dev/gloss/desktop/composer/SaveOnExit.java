package dev.gloss.desktop.composer;

import org.openide.modules.OnStop;

/** Writes open drafts when the application exits, without waiting for the typing pause. */
@OnStop
public final class SaveOnExit implements Runnable {
    @Override
    public void run() {
        ComposerTopComponent.flushAll();
    }
}
