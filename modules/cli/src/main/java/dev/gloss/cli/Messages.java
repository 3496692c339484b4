package dev.gloss.cli;

import dev.gloss.threads.ThreadChecks;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The CLI's sentences for the reasons the pure modules report ({@code messages.properties}, key
 * {@code <EnumOwnerSimpleName>.<CONSTANT>}, MessageFormat over the reason's values; numbers are
 * written as they are, a yes/no value is 1 or 0 for a {@code choice}).
 */
final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.gloss.cli.messages", Locale.ROOT);

    private Messages() {
    }

    /** The sentence of {@code reason} with {@code args}. */
    static String of(Enum<?> reason, List<Object> args) {
        Class<?> owner = reason.getDeclaringClass().getEnclosingClass();
        String key = (owner != null ? owner : reason.getDeclaringClass()).getSimpleName() + "." + reason.name();
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return key + " " + args; // a reason without a sentence yet still says what it is
        }
        MessageFormat f = new MessageFormat(pattern, Locale.ROOT);
        java.text.Format[] formats = f.getFormatsByArgumentIndex();
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            boolean plain = i >= formats.length || formats[i] == null;
            values[i] = value(args.get(i), plain);
        }
        return f.format(values);
    }

    /** A number in a plain placeholder is written as it is (no grouping), yes/no is 1 or 0 (for a choice). */
    private static Object value(Object a, boolean plain) {
        if (a instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return a instanceof Number && !plain ? a : String.valueOf(a);
    }

    /** A setup failure of the publish module; a thread that does not fit says each problem. */
    static String of(dev.gloss.publish.PublishSetupException e) {
        String s = of(e.reason(), e.args());
        return e.problems().isEmpty() ? s : s + " " + of(e.problems());
    }

    /** A failure of the threads module. */
    static String of(dev.gloss.threads.ThreadsException e) {
        return of(e.reason(), e.args());
    }

    /** A thread's problem. */
    static String of(ThreadChecks.Problem p) {
        return of(p.reason(), p.args());
    }

    /** Several problems in one line. */
    static String of(List<ThreadChecks.Problem> problems) {
        return problems.stream().map(Messages::of).collect(Collectors.joining(" "));
    }
}
