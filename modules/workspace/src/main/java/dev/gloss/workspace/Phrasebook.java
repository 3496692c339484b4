package dev.gloss.workspace;

import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The one home of Gloss's sentences for {@link Reasoned} reasons. Each pure module keeps the
 * sentences of its own reasons in a plain {@code Reasons.properties} beside them (for
 * {@code dev.gloss.pdf.PdfException.Reason.NOT_A_PDF}: {@code dev/gloss/pdf/Reasons.properties},
 * key {@code PdfException.NOT_A_PDF}, a {@link MessageFormat} over the reason's values; a
 * sub-package without its own file uses its parent's). The CLI and the desktop phrase with the
 * same book; a front end that says a few things differently (a command to type, a menu to
 * choose) passes its own bundle, whose keys come first.
 * <pre>{@code
 * Phrasebook cli = new Phrasebook(ResourceBundle.getBundle("dev.gloss.cli.messages"));
 * err.println("gloss: " + cli.of(e));     // "bad.pdf is not a PDF file."
 * }</pre>
 * A value that is itself {@code Reasoned} (a cause) is phrased first, a list of them one sentence
 * after the other, a {@link Kind} by its word ({@code Kind.<name>}); a number in a plain
 * {@code {0}} is written without grouping (page 1200, not 1,200); a boolean counts as 1 or 0 for
 * a {@code choice}.
 */
public final class Phrasebook {
    /** The modules' own sentences, with no front end's words: for logs, tests and pure code. */
    public static final Phrasebook MODULES = new Phrasebook(null);

    /** Sentences the book itself needs beside the modules' reasons. */
    public enum Phrase {
        /** [file name, sentence]: what went wrong with one file of a list. */
        ABOUT_FILE
    }

    private static final Logger LOG = Logger.getLogger(Phrasebook.class.getName());
    private static final String FILE = "Reasons";
    private static final Map<String, Optional<ResourceBundle>> BUNDLES = new ConcurrentHashMap<>();

    private final ResourceBundle frontEnd;

    /** @param frontEnd the front end's own sentences, which come first; null for none */
    public Phrasebook(ResourceBundle frontEnd) {
        this.frontEnd = frontEnd;
    }

    /** The sentence of {@code t} when it carries a reason, else its message as it is (a system's own words). */
    public String of(Throwable t) {
        return t instanceof Reasoned r ? phrase(r) : String.valueOf(t.getMessage());
    }

    /** The sentence for a reason and its values. */
    public String phrase(Reasoned r) {
        return sentence(r.reason(), r.args().toArray());
    }

    /** Several reasons (a thread's problems), one sentence after the other. */
    public String phrase(List<? extends Reasoned> causes) {
        return causes.stream().map(this::phrase).collect(Collectors.joining(" "));
    }

    /**
     * What went wrong with one file of a list, naming it once: the sentence alone when it names
     * the file already ("bad.pdf is not a PDF file."), else "in/bad.pdf: This file is damaged: ...".
     *
     * @param file the file as the user knows it (a name, or a path as typed)
     */
    public String aboutFile(String file, Throwable t) {
        String sentence = of(t);
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf(java.io.File.separatorChar)) + 1);
        boolean named = t instanceof Reasoned r && (r.mentions(file) || r.mentions(name));
        return named ? sentence : sentence(Phrase.ABOUT_FILE, file, sentence);
    }

    /** The word for a kind of workspace object inside a sentence ("No thread with id ..."). */
    public String word(Kind<?> kind) {
        String key = "Kind." + kind.name().replace(' ', '_');
        String pattern = pattern(key, Kind.class);
        return pattern == null ? kind.name() : pattern;
    }

    /** The sentence of {@code reason} with {@code values}; a reason without one is logged and shown as its line. */
    public String sentence(Enum<?> reason, Object... values) {
        String key = Reasoned.key(reason);
        String pattern = pattern(key, reason.getDeclaringClass());
        if (pattern == null) {
            LOG.log(Level.WARNING, "No sentence for {0}", key);
            return Reasoned.line(reason, java.util.Arrays.asList(values));
        }
        return format(pattern, values);
    }

    /** Whether this book (the front end's words or the module's) has a sentence for {@code reason}. */
    public boolean has(Enum<?> reason) {
        return pattern(Reasoned.key(reason), reason.getDeclaringClass()) != null;
    }

    /** The module bundle that holds the sentences of {@code type}'s reasons, if it has one. */
    public static Optional<ResourceBundle> moduleBundle(Class<?> type) {
        Class<?> owner = type;
        while (owner.getEnclosingClass() != null) {
            owner = owner.getEnclosingClass();
        }
        ClassLoader loader = owner.getClassLoader();
        for (String pkg = owner.getPackageName(); !pkg.isEmpty(); pkg = parent(pkg)) {
            String name = pkg + "." + FILE;
            Optional<ResourceBundle> b = BUNDLES.computeIfAbsent(name, n -> load(n, loader));
            if (b.isPresent()) {
                return b;
            }
        }
        return Optional.empty();
    }

    private String pattern(String key, Class<?> owner) {
        if (frontEnd != null && frontEnd.containsKey(key)) {
            return frontEnd.getString(key);
        }
        return moduleBundle(owner).filter(b -> b.containsKey(key)).map(b -> b.getString(key)).orElse(null);
    }

    private String format(String pattern, Object[] args) {
        MessageFormat f = new MessageFormat(pattern);
        Format[] formats = f.getFormatsByArgumentIndex();
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object v = shown(args[i]);
            boolean plain = i >= formats.length || formats[i] == null;
            if (v == null) {
                values[i] = plain ? "" : 0;   // a missing detail: nothing said, or no count for a choice
            } else if (v instanceof Boolean b) {
                values[i] = b ? 1 : 0;
            } else {
                values[i] = plain && v instanceof Number ? v.toString() : v;
            }
        }
        return f.format(values);
    }

    private Object shown(Object value) {
        if (value instanceof Reasoned r) {
            return phrase(r);
        }
        if (value instanceof Kind<?> k) {
            return word(k);
        }
        if (value instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(Reasoned.class::isInstance)) {
            return l.stream().map(c -> phrase((Reasoned) c)).collect(Collectors.joining(" "));
        }
        return value;
    }

    private static Optional<ResourceBundle> load(String name, ClassLoader loader) {
        try {
            return Optional.of(ResourceBundle.getBundle(name, java.util.Locale.getDefault(),
                    loader == null ? ClassLoader.getSystemClassLoader() : loader));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static String parent(String pkg) {
        int dot = pkg.lastIndexOf('.');
        return dot < 0 ? "" : pkg.substring(0, dot);
    }
}
