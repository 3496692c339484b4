package dev.gloss.desktop.core;

import dev.gloss.threads.ThreadChecks;
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
    "ThreadChecks.TOO_MANY_LINKS=Post {0} has {1} different links; {2} allows {3}."
})
public final class Sentences {
    private Sentences() {
    }

    /** One problem of a thread, as a sentence. */
    public static String of(ThreadChecks.Problem p) {
        List<Object> a = p.args();
        int n = p.post();
        return switch (p.reason()) {
            case NO_POSTS -> Bundle.ThreadChecks_NO_POSTS();
            case EMPTY_POST -> Bundle.ThreadChecks_EMPTY_POST(n);
            case TOO_LONG -> Bundle.ThreadChecks_TOO_LONG(n, a.get(0), a.get(1), a.get(2));
            case TOO_MANY_BYTES -> Bundle.ThreadChecks_TOO_MANY_BYTES(n, a.get(0), a.get(1));
            case TOO_MANY_IMAGES -> Bundle.ThreadChecks_TOO_MANY_IMAGES(n, a.get(0), a.get(1), a.get(2));
            case IMAGE_MISSING -> Bundle.ThreadChecks_IMAGE_MISSING(n, a.get(0));
            case IMAGE_TOO_BIG -> Bundle.ThreadChecks_IMAGE_TOO_BIG(n, a.get(0), a.get(1), a.get(2), a.get(3));
            case ALT_TOO_LONG -> Bundle.ThreadChecks_ALT_TOO_LONG(n, a.get(0), a.get(1), a.get(2), a.get(3));
            case TOO_MANY_LINKS -> Bundle.ThreadChecks_TOO_MANY_LINKS(n, a.get(0), a.get(1), a.get(2));
        };
    }

    /** Several problems, one sentence after the other. */
    public static String of(List<ThreadChecks.Problem> problems) {
        return problems.stream().map(Sentences::of).collect(Collectors.joining(" "));
    }
}
