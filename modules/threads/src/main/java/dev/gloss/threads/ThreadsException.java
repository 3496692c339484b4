package dev.gloss.threads;

import dev.gloss.workspace.Reasoned;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input to the threads module: a {@link Reason} and the values its sentence names, phrased
 * by the CLI and the UI; {@link #getMessage()} is a developer line for logs
 * ({@code UNKNOWN_PLATFORM [tiktok, x, bluesky, ...]}). It is an {@link IllegalArgumentException},
 * so callers that only expect that type still work.
 */
public class ThreadsException extends IllegalArgumentException implements Reasoned {
    private static final long serialVersionUID = 1L;

    /** One constant per sentence; the comment lists its values in order. */
    public enum Reason {
        /** Unknown platform {0}; the valid ones are {1}. */
        UNKNOWN_PLATFORM,
        /** A platform is needed; the valid ones are {0}. */
        NO_PLATFORM,
        /** The post limit for {0} must be at least 1, not {1}. */
        LIMIT_BELOW_ONE,
        /** The limit {0} of {1} is too small for the piece {2}; {3} is true when numbering is on. */
        LIMIT_TOO_SMALL,
        /** No template was given. */
        NO_TEMPLATE,
        /** The template needs a value for the field {0}. */
        TEMPLATE_FIELD_MISSING,
        /** The template needs a paper. */
        NO_PAPER
    }

    private final Reason reason;
    private final transient List<Object> args;

    public ThreadsException(Reason reason, Object... args) {
        super(line(reason, args));
        this.reason = reason;
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /** The values the sentence names, in the order of its placeholders. */
    @Override
    public List<Object> args() {
        return args;
    }

    private static String line(Reason reason, Object[] args) {
        return args.length == 0 ? reason.name()
                : reason + " " + Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }
}
