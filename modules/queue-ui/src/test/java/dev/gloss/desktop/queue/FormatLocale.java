package dev.gloss.desktop.queue;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The locale dates and times are written in, for one test, and the JVM's own back afterwards. */
final class FormatLocale implements BeforeEachCallback, AfterEachCallback {
    private final Locale first;
    private Locale before;

    FormatLocale(Locale first) {
        this.first = first;
    }

    /** Switches to another locale within the test. */
    void set(Locale l) {
        Locale.setDefault(Locale.Category.FORMAT, l);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        before = Locale.getDefault(Locale.Category.FORMAT);
        set(first);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        set(before);
    }
}
