package dev.gloss.desktop.core;

import dev.gloss.publish.PublishSetupException;
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
    "ThreadsException.NO_PAPER=This template needs a paper.",
    "# {0} - handle",
    "PublishSetupException.AMBIGUOUS_HANDLE=Several accounts have the handle {0}; choose one by its id.",
    "# {0} - id or handle",
    "PublishSetupException.NO_SUCH_ACCOUNT=There is no account {0}.",
    "# {0} - server", "# {1} - what happened",
    "PublishSetupException.CANNOT_REACH=Could not reach {0}: {1}.",
    "# {0} - server", "# {1} - handle", "# {2} - the server's words",
    "# {0} - server", "# {1} - handle", "# {2} - what happened",
    "PublishSetupException.SIGN_IN_UNREACHABLE=Could not reach {0} to sign in as {1}: {2}.",
    "PublishSetupException.SIGN_IN_REFUSED=Bluesky at {0} refused to sign in as {1}: {2}",
    "# {0} - server", "# {1} - the server's words",
    "PublishSetupException.TOKEN_REFUSED=Mastodon at {0} refused the access token: {1}",
    "# {0} - value",
    "PublishSetupException.NOT_A_REPLY_VISIBILITY=\"{0}\" is not a reply visibility; choose unlisted or public.",
    "# {0} - value",
    "PublishSetupException.NOT_AN_EXPORT_TARGET=\"{0}\" is not an export target; choose X, LinkedIn or Threads.",
    "# {0} - handle", "# {1} - count",
    "PublishSetupException.ACCOUNT_IN_USE={0} still has {1,choice,1#one scheduled queue entry|1<{1} scheduled queue entries}; cancel {1,choice,1#it|1<them} first.",
    "# {0} - value",
    "PublishSetupException.NOT_A_SERVER_URL=\"{0}\" is not a server address; use one such as https://bsky.social.",
    "# {0} - file", "# {1} - error",
    "PublishSetupException.SECRET_UNREADABLE=The secret file {0} cannot be read ({1}).",
    "# {0} - file", "# {1} - error",
    "PublishSetupException.SECRET_UNWRITABLE=The secret file {0} cannot be written ({1}).",
    "# {0} - file", "# {1} - error",
    "PublishSetupException.SECRET_UNDELETABLE=The secret file {0} cannot be deleted ({1}).",
    "# {0} - id",
    "PublishSetupException.NO_SUCH_ENTRY=The queue entry {0} no longer exists.",
    "# {0} - id",
    "PublishSetupException.NO_SUCH_THREAD=The thread {0} no longer exists.",
    "# {0} - thread", "# {1} - account kind",
    "PublishSetupException.DOES_NOT_FIT=The thread does not fit the {1} account:",
    "# {0} - action", "# {1} - id",
    "PublishSetupException.ALREADY_PUBLISHED=The entry {1} is already published; it cannot be changed ({0}).",
    "# {0} - id",
    "PublishSetupException.BEING_PUBLISHED=This entry is being published right now; try again when it is done.",
    "PublishSetupException.NO_SLOTS=No weekly slots are set yet; add one with Slots\u2026 first.",
    "PublishSetupException.NO_FREE_SLOT=No free weekly slot was found.",
    "# {0} - kind",
    "PublishSetupException.NO_PUBLISHER=Gloss cannot publish to {0} accounts.",
    "# {0} - value",
    "PublishSetupException.NOT_AN_ID=\"{0}\" is not a valid id.",
    "# {0} - value",
    "PublishSetupException.NOT_A_DAY=\"{0}\" is not a day of the week.",
    "# {0} - value",
    "PublishSetupException.NOT_A_TIME_OF_DAY=\"{0}\" is not a time of day; use HH:MM, such as 09:00.",
    "# {0} - value",
    "PublishSetupException.NOT_A_ZONE=\"{0}\" is not a time zone; use a region such as Europe/Berlin.",
    "# {0} - value",
    "PublishSetupException.NOT_A_TIME=\"{0}\" is not a date and time; use one such as 2026-03-02 09:00.",
    "# {0} - time",
    "PublishSetupException.IN_THE_PAST={0} is in the past; choose Publish now to publish at once.",
    "# {0} - time", "# {1} - zone",
    "PublishSetupException.SKIPPED_BY_DST={0} does not exist in {1}: the clocks skip it for daylight saving. Choose another time."
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

    /** A setup failure of publishing (account, queue, time, secret); a thread that does not fit says each problem. */
    public static String of(PublishSetupException e) {
        List<Object> a = e.args();
        String s = switch (e.reason()) {
            case AMBIGUOUS_HANDLE -> Bundle.PublishSetupException_AMBIGUOUS_HANDLE(a.get(0));
            case NO_SUCH_ACCOUNT -> Bundle.PublishSetupException_NO_SUCH_ACCOUNT(a.get(0));
            case CANNOT_REACH -> Bundle.PublishSetupException_CANNOT_REACH(a.get(0), a.get(1));
            case SIGN_IN_UNREACHABLE -> Bundle.PublishSetupException_SIGN_IN_UNREACHABLE(a.get(0), a.get(1), a.get(2));
            case SIGN_IN_REFUSED -> Bundle.PublishSetupException_SIGN_IN_REFUSED(a.get(0), a.get(1), a.get(2));
            case TOKEN_REFUSED -> Bundle.PublishSetupException_TOKEN_REFUSED(a.get(0), a.get(1));
            case NOT_A_REPLY_VISIBILITY -> Bundle.PublishSetupException_NOT_A_REPLY_VISIBILITY(a.get(0));
            case NOT_AN_EXPORT_TARGET -> Bundle.PublishSetupException_NOT_AN_EXPORT_TARGET(a.get(0));
            case ACCOUNT_IN_USE -> Bundle.PublishSetupException_ACCOUNT_IN_USE(a.get(0), a.get(1));
            case NOT_A_SERVER_URL -> Bundle.PublishSetupException_NOT_A_SERVER_URL(a.get(0));
            case SECRET_UNREADABLE -> Bundle.PublishSetupException_SECRET_UNREADABLE(a.get(0), a.get(1));
            case SECRET_UNWRITABLE -> Bundle.PublishSetupException_SECRET_UNWRITABLE(a.get(0), a.get(1));
            case SECRET_UNDELETABLE -> Bundle.PublishSetupException_SECRET_UNDELETABLE(a.get(0), a.get(1));
            case NO_SUCH_ENTRY -> Bundle.PublishSetupException_NO_SUCH_ENTRY(a.get(0));
            case NO_SUCH_THREAD -> Bundle.PublishSetupException_NO_SUCH_THREAD(a.get(0));
            case DOES_NOT_FIT -> Bundle.PublishSetupException_DOES_NOT_FIT(a.get(0), a.get(1));
            case ALREADY_PUBLISHED -> Bundle.PublishSetupException_ALREADY_PUBLISHED(a.get(0), a.get(1));
            case BEING_PUBLISHED -> Bundle.PublishSetupException_BEING_PUBLISHED(a.get(0));
            case NO_SLOTS -> Bundle.PublishSetupException_NO_SLOTS();
            case NO_FREE_SLOT -> Bundle.PublishSetupException_NO_FREE_SLOT();
            case NO_PUBLISHER -> Bundle.PublishSetupException_NO_PUBLISHER(a.get(0));
            case NOT_AN_ID -> Bundle.PublishSetupException_NOT_AN_ID(a.get(0));
            case NOT_A_DAY -> Bundle.PublishSetupException_NOT_A_DAY(a.get(0));
            case NOT_A_TIME_OF_DAY -> Bundle.PublishSetupException_NOT_A_TIME_OF_DAY(a.get(0));
            case NOT_A_ZONE -> Bundle.PublishSetupException_NOT_A_ZONE(a.get(0));
            case NOT_A_TIME -> Bundle.PublishSetupException_NOT_A_TIME(a.get(0));
            case IN_THE_PAST -> Bundle.PublishSetupException_IN_THE_PAST(a.get(0));
            case SKIPPED_BY_DST -> Bundle.PublishSetupException_SKIPPED_BY_DST(a.get(0), a.get(1));
        };
        return e.problems().isEmpty() ? s : s + " " + of(e.problems());
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
