package dev.gloss.workspace;


/**
 * A workspace problem: a {@link #reason()} and the values its sentence names, phrased by the CLI
 * and the desktop; {@link #getMessage()} is a developer line for the log.
 */
public class WorkspaceException extends ReasonedException {
    private static final long serialVersionUID = 1L;

    /** One constant per sentence (its values in brackets). */
    public enum Reason {
        /** [folder] */
        NOT_A_FOLDER,
        /** [folder, FileFailure] */
        CANNOT_OPEN,
        /** [file, what the parser said] */
        MANIFEST_NOT_JSON,
        /** [file] */
        MANIFEST_NO_SCHEMA,
        /** [its schema, the newest this Gloss reads] */
        NEWER_SCHEMA,
        /** [schema] */
        NO_MIGRATION,
        /** [FileFailure] */
        CANNOT_SAVE_SETTINGS,
        /** [Kind, id, FileFailure] */
        CANNOT_SAVE,
        /** [Kind, id] */
        NO_SUCH_OBJECT,
        /** [Kind, shown path, FileFailure] A change refused: the object's file can no longer be read. */
        UNREADABLE,
        /** [Kind, id, FileFailure] */
        CANNOT_DELETE,
        /** [paper id, FileFailure] */
        CANNOT_TRASH,
        /** [trash folder name, FileFailure] */
        CANNOT_RESTORE,
        /** [id] */
        INVALID_ID,
        /** [lock name, folder, what the system said] */
        CANNOT_LOCK
    }

    public WorkspaceException(Reason reason, Object... args) {
        this(null, reason, args);
    }

    /** @param cause for the log */
    public WorkspaceException(Throwable cause, Reason reason, Object... args) {
        super(cause, reason, args);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
