package dev.gloss.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A test that shows real windows. The parent pom runs the tag {@value #TAG} in its own surefire
 * execution with {@code java.awt.headless=false} (every other test runs headless); without a
 * {@code DISPLAY} it is skipped ({@code ./test} starts Xvfb and exports one).
 * <pre>{@code
 * @GuiTest
 * class ReaderGuiTest { ... }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(GuiTest.TAG)
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+", disabledReason = "no DISPLAY: GUI test skipped")
public @interface GuiTest {
    /** The JUnit tag the parent pom selects (and keeps out of the headless run). */
    String TAG = "gui";
}
