package dev.gloss.workspace;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A failure (or a check result) that a pure module hands to a user interface without phrasing
 * it: a {@link #reason()}, one enum constant per distinct sentence, and the {@link #args() values}
 * that sentence names (file names, pages, counts, limits). The sentence lives once, in the
 * module's {@code Reasons.properties} beside the reason, and {@link Phrasebook} phrases it for the
 * CLI and the desktop alike; a value may itself be {@code Reasoned} (a cause), phrased the same
 * way. {@code getMessage()} of such an exception is {@link #line} for the log, never for a user.
 */
public interface Reasoned {
    /** Which sentence: a constant of the module's reason enum. */
    Enum<?> reason();

    /** The values the sentence names, in the order of its placeholders. */
    List<Object> args();

    /**
     * Whether one of the values (or of a cause's values) is {@code value}, as text: a list that
     * names each file before its sentence can leave the name out when the sentence says it.
     */
    default boolean mentions(String value) {
        for (Object v : args()) {
            if (v instanceof Reasoned cause ? cause.mentions(value) : value.equals(String.valueOf(v))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The key of a reason's sentence, {@code <EnumOwnerSimpleName>.<CONSTANT>}
     * ({@code PdfException.NOT_A_PDF} for {@code PdfException.Reason.NOT_A_PDF}; a top-level
     * enum names itself): the CLI's and the desktop's bundles use it, and so does a reason kept
     * in a workspace file ({@link StoredReason}).
     */
    static String key(Enum<?> reason) {
        Class<?> type = reason.getDeclaringClass();
        Class<?> owner = type.getEnclosingClass() == null ? type : type.getEnclosingClass();
        return owner.getSimpleName() + "." + reason.name();
    }

    /** The compact developer line, e.g. {@code NOT_A_PDF [bad.pdf]}. */
    static String line(Enum<?> reason, List<?> args) {
        return args.isEmpty() ? reason.name()
                : reason.name() + " " + args.stream().map(Reasoned::lineOf).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String lineOf(Object value) {
        return value instanceof Reasoned r ? line(r.reason(), r.args()) : String.valueOf(value);
    }

    /** The values as a list that allows nulls (a missing detail), unmodifiable. */
    static List<Object> values(Object... args) {
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(args.clone()));
    }
}
