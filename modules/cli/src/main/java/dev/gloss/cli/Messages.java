package dev.gloss.cli;

import dev.gloss.publish.PublishSetupException;
import dev.gloss.threads.ThreadChecks;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Reasoned;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The CLI's sentences for the reasons of the pure modules: {@code messages.properties} beside
 * this class, key {@code <EnumOwnerSimpleName>.<CONSTANT>} (e.g. {@code PdfException.NOT_A_PDF}),
 * a {@link MessageFormat} over the reason's values. A value that is itself {@link Reasoned} (a
 * cause) is phrased first, a {@link Kind} by its word ({@code Kind.<name>}); a number in a plain
 * {@code {0}} is written without grouping.
 */
final class Messages {
    static final String BUNDLE = "dev.gloss.cli.messages";

    private Messages() {
    }

    /** The sentence for a reason and its values. */
    static String phrase(Reasoned r) {
        String s = format(r.reason(), r.args().toArray());
        return r instanceof PublishSetupException e && !e.problems().isEmpty() ? s + " " + of(e.problems()) : s;
    }

    /** A thread's problems, one sentence after the other. */
    static String of(List<ThreadChecks.Problem> problems) {
        return sentences(problems);
    }

    /** The sentence of {@code t} when it carries a reason, else its message as it is. */
    static String of(Throwable t) {
        return t instanceof Reasoned r ? phrase(r) : String.valueOf(t.getMessage());
    }

    /**
     * What went wrong with one file of a list, naming it once: the sentence alone when it names
     * the file already ("bad.pdf is not a PDF file."), else "FILE: sentence".
     */
    static String aboutFile(Path file, Throwable t) {
        String sentence = of(t);
        Path name = file.getFileName();
        boolean named = t instanceof Reasoned r && name != null && r.mentions(name.toString());
        return named ? sentence : file + ": " + sentence;
    }

    /** {@code PdfException.NOT_A_PDF} for {@code PdfException.Reason.NOT_A_PDF}; a top-level enum names itself. */
    static String key(Enum<?> reason) {
        return Reasoned.key(reason);
    }

    /** Whether there is a sentence for this reason (the module's own, or the CLI's). */
    static boolean has(Enum<?> reason) {
        ResourceBundle own = own(reason);
        return own != null && own.containsKey(key(reason)) || bundle().containsKey(key(reason));
    }

    /**
     * The sentence of a reason: the one its module phrases in its own {@code Reasons.properties}
     * beside the reason ({@code dev/gloss/sources/Reasons.properties}), else the CLI's.
     */
    static String format(Enum<?> reason, Object... args) {
        ResourceBundle own = own(reason);
        String key = key(reason);
        return own != null && own.containsKey(key) ? formatPattern(own.getString(key), args) : format(key, args);
    }

    /** The module's own sentences ({@code <package of the reason>.Reasons}), or null when it has none. */
    private static ResourceBundle own(Enum<?> reason) {
        try {
            return ResourceBundle.getBundle(reason.getDeclaringClass().getPackageName() + ".Reasons",
                    java.util.Locale.getDefault(), reason.getDeclaringClass().getClassLoader());
        } catch (MissingResourceException e) {
            return null;
        }
    }

    static String format(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("messages.properties has no " + key, e);
        }
        return formatPattern(pattern, args);
    }

    private static String formatPattern(String pattern, Object... args) {
        MessageFormat f = new MessageFormat(pattern);
        Format[] formats = f.getFormatsByArgumentIndex();
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object v = args[i] instanceof Reasoned r ? phrase(r) : args[i] instanceof Kind<?> k ? kind(k)
                    : args[i] instanceof List<?> l && l.stream().allMatch(Reasoned.class::isInstance) ? sentences(l) : args[i];
            boolean plain = i >= formats.length || formats[i] == null;
            values[i] = v instanceof Boolean b ? (b ? 1 : 0) : plain && v instanceof Number ? v.toString() : v;
        }
        return f.format(values);
    }

    /** Causes (a thread's problems), one sentence after the other. */
    private static String sentences(List<?> causes) {
        return causes.stream().map(c -> phrase((Reasoned) c)).collect(Collectors.joining(" "));
    }

    /**
     * Why a queue entry failed: its kept reason phrased, else the sentence an older Gloss kept
     * (shown as it is); null when it did not fail.
     */
    static String failure(dev.gloss.workspace.QueueEntry e) {
        return dev.gloss.publish.QueueFailures.of(e).map(Messages::phrase).orElse(e.reason());
    }

    /** The word for a kind of workspace object, e.g. "queue entry" ({@code Kind.queue_entry}). */
    static String kind(Kind<?> k) {
        return format("Kind." + k.name().replace(' ', '_'));
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE);
    }
}
