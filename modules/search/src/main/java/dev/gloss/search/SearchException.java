package dev.gloss.search;

import dev.gloss.workspace.FileFailure;
import dev.gloss.workspace.Reasoned;
import dev.gloss.workspace.ReasonedException;

/**
 * The search index cannot be used (e.g. its folder is not writable): a {@link #reason()} and the
 * values its sentence names, phrased by the CLI and the desktop; {@link #getMessage()} is for the log.
 */
public class SearchException extends ReasonedException {
    private static final long serialVersionUID = 1L;

    /** One constant per sentence (its values in brackets). */
    public enum Reason {
        /** [] */
        INTERRUPTED,
        /** [] */
        CLOSED_WHILE_SEARCHING,
        /** [folder, why] */
        UNREADABLE,
        /** [folder] Another process holds the index's write lock. */
        IN_USE,
        /** [why] */
        INDEXING_FAILED,
        /** [folder, why] */
        CANNOT_OPEN,
        /** [folder] */
        NO_INDEX,
        /** [folder, why] */
        CANNOT_USE_FOLDER,
        /** [folder, why] */
        CANNOT_REBUILD
    }

    public SearchException(Reason reason, Object... args) {
        this(null, reason, args);
    }

    /** @param cause for the log */
    public SearchException(Throwable cause, Reason reason, Object... args) {
        super(cause, reason, args);
    }

    /** Why, as a value of a sentence: a cause's own reason (a PDF that cannot be read), else what the system said. */
    static Reasoned why(Throwable t) {
        return t instanceof Reasoned r ? r : FileFailure.of(t);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
