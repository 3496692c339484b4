package dev.gloss.desktop.core;

import dev.gloss.threads.ThreadChecks;
import dev.gloss.threads.ThreadsException;
import java.util.List;
import java.util.stream.Collectors;
import org.openide.util.NbBundle;

/**
 * The window's sentences for the reasons the pure modules report: one exhaustive {@code switch}
 * per reason enum, so a new reason without a sentence does not compile.
 */
@NbBundle.Messages({
    "ThreadChecks.NO_POSTS=The thread has no posts.",
    "# {0} - post",
    "ThreadChecks.EMPTY_POST=Post {0} is empty.",
    "# {0} - post", "# {1} - count", "# {2} - platform", "# {3} - limit",
    "ThreadChecks.TOO_LONG=Post {0} has {1} characters; {2} allows {3}.",
    "# {0} - post", "# {1} - bytes", "# {2} - limit",
    "ThreadChecks.TOO_MANY_BYTES=Post {0} is {1} bytes long; Bluesky allows {2}.",
    "# {0} - post", "# {1} - images", "# {2} - platform", "# {3} - limit",
    "ThreadChecks.TOO_MANY_IMAGES=Post {0} has {1} images; {2} allows {3}.",
    "# {0} - post", "# {1} - file",
    "ThreadChecks.IMAGE_MISSING=Post {0}: the image {1} does not exist.",
    "# {0} - post", "# {1} - file", "# {2} - bytes", "# {3} - platform", "# {4} - limit",
    "ThreadChecks.IMAGE_TOO_BIG=Post {0}: the image {1} is {2} bytes; {3} allows {4}.",
    "# {0} - post", "# {1} - image number", "# {2} - length", "# {3} - platform", "# {4} - limit",
    "ThreadChecks.ALT_TOO_LONG=Post {0}: the alt text of image {1} has {2} characters; {3} allows {4}.",
    "# {0} - post", "# {1} - links", "# {2} - platform", "# {3} - limit",
    "ThreadChecks.TOO_MANY_LINKS=Post {0} has {1} different links; {2} allows {3}.",
    "# {0} - what was given", "# {1} - the valid platforms",
    "ThreadsException.UNKNOWN_PLATFORM=There is no platform \"{0}\"; the platforms are {1}.",
    "# {0} - the valid platforms",
    "ThreadsException.NO_PLATFORM=Choose a platform: {0}.",
    "# {0} - platform", "# {1} - limit",
    "ThreadsException.LIMIT_BELOW_ONE=The post limit for {0} must be at least 1, not {1}.",
    "# {0} - limit", "# {1} - platform", "# {2} - piece of text", "# {3} - 1 with numbering, else 0",
    "ThreadsException.LIMIT_TOO_SMALL=The limit of {0} for {1} is too small for \"{2}\"{3,choice,0#|1# with numbering}.",
    "ThreadsException.NO_TEMPLATE=There is no template.",
    "# {0} - field",
    "ThreadsException.TEMPLATE_FIELD_MISSING=The template needs a value for {0}.",
    "ThreadsException.NO_PAPER=This template needs a paper."
})
public final class Sentences {
    private Sentences() {
    }

    /** One problem of a thread, as a sentence. */
    public static String of(ThreadChecks.Problem p) {
        List<Object> a = p.args();
        return switch (p.reason()) {
            case NO_POSTS -> Bundle.ThreadChecks_NO_POSTS();
            case EMPTY_POST -> Bundle.ThreadChecks_EMPTY_POST(a.get(0));
            case TOO_LONG -> Bundle.ThreadChecks_TOO_LONG(a.get(0), a.get(1), a.get(2), a.get(3));
            case TOO_MANY_BYTES -> Bundle.ThreadChecks_TOO_MANY_BYTES(a.get(0), a.get(1), a.get(2));
            case TOO_MANY_IMAGES -> Bundle.ThreadChecks_TOO_MANY_IMAGES(a.get(0), a.get(1), a.get(2), a.get(3));
            case IMAGE_MISSING -> Bundle.ThreadChecks_IMAGE_MISSING(a.get(0), a.get(1));
            case IMAGE_TOO_BIG -> Bundle.ThreadChecks_IMAGE_TOO_BIG(a.get(0), a.get(1), a.get(2), a.get(3), a.get(4));
            case ALT_TOO_LONG -> Bundle.ThreadChecks_ALT_TOO_LONG(a.get(0), a.get(1), a.get(2), a.get(3), a.get(4));
            case TOO_MANY_LINKS -> Bundle.ThreadChecks_TOO_MANY_LINKS(a.get(0), a.get(1), a.get(2), a.get(3));
        };
    }

    /** A failure of the threads module. */
    public static String of(ThreadsException e) {
        List<Object> a = e.args();
        return switch (e.reason()) {
            case UNKNOWN_PLATFORM -> Bundle.ThreadsException_UNKNOWN_PLATFORM(a.get(0), a.get(1));
            case NO_PLATFORM -> Bundle.ThreadsException_NO_PLATFORM(a.get(0));
            case LIMIT_BELOW_ONE -> Bundle.ThreadsException_LIMIT_BELOW_ONE(a.get(0), a.get(1));
            case LIMIT_TOO_SMALL -> Bundle.ThreadsException_LIMIT_TOO_SMALL(a.get(0), a.get(1), a.get(2), Boolean.TRUE.equals(a.get(3)) ? 1 : 0);
            case NO_TEMPLATE -> Bundle.ThreadsException_NO_TEMPLATE();
            case TEMPLATE_FIELD_MISSING -> Bundle.ThreadsException_TEMPLATE_FIELD_MISSING(a.get(0));
            case NO_PAPER -> Bundle.ThreadsException_NO_PAPER();
        };
    }

    /** Several problems, one sentence after the other. */
    public static String of(List<ThreadChecks.Problem> problems) {
        return problems.stream().map(Sentences::of).collect(Collectors.joining(" "));
    }
}
