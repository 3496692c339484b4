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
        try {
            return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args.stream()
                    .map(a -> a instanceof Boolean b ? (b ? 1 : 0) : a instanceof Number n ? String.valueOf(n) : a).toArray());
        } catch (MissingResourceException e) {
            return key + " " + args; // a reason without a sentence yet still says what it is
        }
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
        return problems.stream().map(Messages::of).collect(Collectors.joining("; "));
    }
}
