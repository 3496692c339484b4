package dev.gloss.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * Why a file could not be read or written, as a value inside another sentence ("Cannot save
 * thread X: permission denied"): a reason and the system's own words, without the stack.
 */
public record FileFailure(Reason reason, List<Object> args) implements Reasoned {
    /** One constant per clause (its values in brackets). */
    public enum Reason {
        /** [what the parser said] */
        NOT_JSON,
        /** [what the parser said, line] */
        NOT_JSON_AT_LINE,
        /** [path] */
        NO_SUCH_FILE,
        /** [] */
        PERMISSION_DENIED,
        /** [] The JSON has no id, or not a safe one. */
        NO_VALID_ID,
        /** [Kind, id] The JSON holds another object than the one this file was read for. */
        OTHER_OBJECT,
        /** [what the system said] */
        SYSTEM,
        /** [] The system said nothing. */
        UNKNOWN
    }

    public FileFailure {
        args = List.copyOf(args);
    }

    /** The clause for an I/O or parse failure. */
    public static FileFailure of(Throwable e) {
        if (e instanceof JsonProcessingException j) {
            String said = j.getOriginalMessage().lines().findFirst().orElse("");
            var loc = j.getLocation();
            return loc != null ? new FileFailure(Reason.NOT_JSON_AT_LINE, List.of(said, loc.getLineNr()))
                    : new FileFailure(Reason.NOT_JSON, List.of(said));
        }
        if (e instanceof NoSuchFileException) {
            return new FileFailure(Reason.NO_SUCH_FILE, List.of(String.valueOf(e.getMessage())));
        }
        if (e instanceof AccessDeniedException) {
            return new FileFailure(Reason.PERMISSION_DENIED, List.of());
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? new FileFailure(Reason.UNKNOWN, List.of()) : new FileFailure(Reason.SYSTEM, List.of(m));
    }

    @Override
    public String toString() {
        return Reasoned.line(reason, args);
    }
}
