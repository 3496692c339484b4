package dev.gloss.workspace;

/** A held workspace lock (see {@link Workspace#lock}); close it to release. Not shareable across threads. */
public final class ObjectLock implements AutoCloseable {
    private final Runnable release;
    private boolean closed;

    ObjectLock(Runnable release) {
        this.release = release;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            release.run();
        }
    }
}
