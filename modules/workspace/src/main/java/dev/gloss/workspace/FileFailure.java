package dev.gloss.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;

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
        /** [field path, line] Valid JSON, but a value is not of the type Gloss expects. */
        WRONG_TYPE,
        /** [line] Valid JSON, but not an object of the kind Gloss expects (a list, a number, null). */
        WRONG_SHAPE,
        /** [] JSON nested deeper than any Gloss file (the parser's bound). */
        TOO_DEEP,
        /** [path] */
        NO_SUCH_FILE,
        /** [] */
        PERMISSION_DENIED,
        /** [] The JSON has no id, or not a safe one. */
        NO_VALID_ID,
        /** [Kind, id] The JSON holds another object than the one this file was read for. */
        OTHER_OBJECT,
        /** [] The disk (or the device, such as /dev/full) has no room left. */
        NO_SPACE,
        /** [] The file system is mounted read-only. */
        READ_ONLY,
        /** [] A file was expected where there is a folder. */
        IS_A_FOLDER,
        /** [] Symbolic links that point at each other. */
        LINK_LOOP,
        /** [what the system said] */
        SYSTEM,
        /** [] The system said nothing. */
        UNKNOWN
    }

    private static final Map<String, Reason> KNOWN = Map.of(
            "No space left on device", Reason.NO_SPACE,
            "Disk quota exceeded", Reason.NO_SPACE,
            "Read-only file system", Reason.READ_ONLY,
            "Is a directory", Reason.IS_A_FOLDER,
            "Too many levels of symbolic links", Reason.LINK_LOOP);

    public FileFailure {
        args = List.copyOf(args);
    }

    /** The clause for an I/O or parse failure. */
    public static FileFailure of(Throwable e) {
        if (e instanceof StreamConstraintsException) {
            return new FileFailure(Reason.TOO_DEEP, List.of());
        }
        if (e instanceof JsonMappingException m && !(e instanceof com.fasterxml.jackson.core.JsonParseException)) {
            // valid JSON of the wrong shape: Jackson's words name Java classes, so say where instead
            var loc = m.getLocation();
            int line = loc == null ? 0 : loc.getLineNr();
            String path = path(m.getPath());
            return path.isEmpty() ? new FileFailure(Reason.WRONG_SHAPE, List.of(line)) : new FileFailure(Reason.WRONG_TYPE, List.of(path, line));
        }
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
        // the system's own words (strerror) say which; Java keeps them as the message or a FileSystemException's reason
        // (a writer such as ImageIO wraps them in its own: the cause holds them)
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String said = t instanceof FileSystemException f && f.getReason() != null ? f.getReason() : t.getMessage();
            if (said != null) {
                for (Map.Entry<String, Reason> known : KNOWN.entrySet()) {
                    if (said.contains(known.getKey())) {
                        return new FileFailure(known.getValue(), List.of());
                    }
                }
            }
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? new FileFailure(Reason.UNKNOWN, List.of()) : new FileFailure(Reason.SYSTEM, List.of(m));
    }

    /** A JSON path as a reader of the file sees it: {@code posts[2].text}, empty for the top level. */
    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return Reasoned.line(reason, args);
    }
}
