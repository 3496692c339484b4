package dev.gloss.desktop.core;

import dev.gloss.library.LibraryException;
import dev.gloss.pdf.PdfException;
import dev.gloss.publish.Outcome;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishSetupException;
import dev.gloss.publish.QueueFailures;
import dev.gloss.publish.http.RemoteException;
import dev.gloss.search.SearchException;
import dev.gloss.threads.ThreadChecks;
import dev.gloss.threads.ThreadsException;
import dev.gloss.workspace.FileFailure;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Problem;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.Reasoned;
import dev.gloss.workspace.WorkspaceException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.NbBundle;

/**
 * The desktop's sentences for the reasons of the pure modules: one exhaustive {@code switch} per
 * reason enum (a new reason without a sentence does not compile), the words in
 * {@code @NbBundle.Messages} under the key {@code <EnumOwnerSimpleName>.<CONSTANT>}, as in the
 * CLI's {@code messages.properties}; {0}, {1} are the reason's values in order.
 * <pre>{@code
 * } catch (LibraryException e) {
 *     status.setText(Sentences.of(e));
 * }</pre>
 */
@NbBundle.Messages({
    "PdfException.NOT_FOUND={0} was not found.",
    "PdfException.FOLDER={0} is a folder, not a PDF file.",
    "PdfException.NOT_A_PDF={0} is not a PDF file.",
    "PdfException.UNREADABLE={0} cannot be read ({1}).",
    "PdfException.INTERRUPTED=Opening {0} was interrupted.",
    "PdfException.TIMEOUT=This file is damaged: {0} could not be read within {1} seconds.",
    "PdfException.PASSWORD_REQUIRED={0} needs a password.",
    "PdfException.WRONG_PASSWORD=The password for {0} is not right.",
    "PdfException.CERTIFICATE_ENCRYPTED={0} is encrypted for a certificate, not with a password, and Gloss cannot open such files.",
    "PdfException.EMPTY=This file is damaged: it is empty.",
    "PdfException.NO_PAGES=This file is damaged: its page tree lists no pages.",
    "PdfException.BROKEN_XREF=This file is damaged: the cross-reference table is missing or broken.",
    "PdfException.BROKEN_TRAILER=This file is damaged: its trailer is missing or broken.",
    "PdfException.NO_CATALOG=This file is damaged: its document catalog is missing.",
    "PdfException.BROKEN_PAGE_TREE=This file is damaged: its page tree is broken.",
    "PdfException.BROKEN_ENCRYPTION=This file is damaged: its encryption could not be read ({0}).",
    "PdfException.TRUNCATED=This file is damaged: it ends too early (it may be truncated).",
    "PdfException.TOO_BIG_TO_OPEN=This file is damaged: it needs more memory than is available to open.",
    "PdfException.DAMAGED=This file is damaged: it could not be read.",
    "PdfException.DAMAGED_BECAUSE=This file is damaged: it could not be read ({0}).",
    "PdfException.PAGE_NOT_DRAWN=This file is damaged: page {0} could not be drawn.",
    "PdfException.PAGE_NOT_DRAWN_BECAUSE=This file is damaged: page {0} could not be drawn ({1}).",
    "PdfException.PAGE_NOT_READ=This file is damaged: page {0} could not be read.",
    "PdfException.PAGE_NOT_READ_BECAUSE=This file is damaged: page {0} could not be read ({1}).",
    "PdfException.PAGE_TOO_LARGE=Page {0} is too large to draw in the memory available.",
    "WorkspaceException.NOT_A_FOLDER={0} is a file, not a workspace folder.",
    "WorkspaceException.CANNOT_OPEN=Cannot open the workspace {0}: {1}",
    "WorkspaceException.MANIFEST_NOT_JSON={0} is not valid JSON ({1}); fix or remove it to open this workspace.",
    "WorkspaceException.MANIFEST_NO_SCHEMA={0} has no schema version; it is not a Gloss workspace file.",
    "WorkspaceException.NEWER_SCHEMA=This workspace was written by a newer Gloss (schema {0}); this version reads schema {1} and older. Update Gloss to open it.",
    "WorkspaceException.NO_MIGRATION=No migration from workspace schema {0}.",
    "WorkspaceException.CANNOT_SAVE_SETTINGS=Cannot save settings: {0}",
    "WorkspaceException.CANNOT_SAVE=Cannot save {0} {1}: {2}",
    "WorkspaceException.NO_SUCH_OBJECT=No {0} with id {1}.",
    "WorkspaceException.UNREADABLE={1} could not be read ({2}); the {0} was not changed and its file was left untouched.",
    "WorkspaceException.CANNOT_DELETE=Cannot delete {0} {1}: {2}",
    "WorkspaceException.CANNOT_TRASH=Cannot move paper {0} to the trash: {1}",
    "WorkspaceException.CANNOT_RESTORE=Cannot restore {0} from the trash: {1}",
    "WorkspaceException.INVALID_ID=Not a valid id: \"{0}\".",
    "WorkspaceException.CANNOT_LOCK=Cannot lock {0} in {1}: {2}",
    "Problem.SKIPPED={0} could not be read ({1}); it was skipped and left untouched",
    "FileFailure.NOT_JSON=not valid JSON: {0}",
    "FileFailure.NOT_JSON_AT_LINE=not valid JSON: {0} at line {1}",
    "FileFailure.NO_SUCH_FILE=no such file {0}",
    "FileFailure.PERMISSION_DENIED=permission denied",
    "FileFailure.NO_VALID_ID=it has no valid id",
    "FileFailure.OTHER_OBJECT=it no longer holds {0} {1}",
    "FileFailure.SYSTEM={0}",
    "FileFailure.UNKNOWN=the system gave no reason",
    "Kind.paper=paper",
    "Kind.annotation=annotation",
    "Kind.thread=thread",
    "Kind.queue_entry=queue entry",
    "Kind.account=account",
    "LibraryException.PDF={0}",
    "LibraryException.WORKSPACE={0}",
    "LibraryException.NO_PAPER_ID=No paper id given.",
    "LibraryException.NO_SUCH_PAPER=No paper with id \"{0}\" in this workspace.",
    "LibraryException.AMBIGUOUS_PAPER=\"{0}\" matches {1} papers ({2}); give more of the id.",
    "LibraryException.NOTHING_SELECTED=Nothing is selected to mark on page {0}.",
    "LibraryException.EMPTY_QUOTE=The quote to highlight is empty.",
    "LibraryException.NO_SUCH_PAGE=\"{0}\" has no page {1}; it has {2,number,#} {2,choice,1#page|1<pages}.",
    "LibraryException.QUOTE_NOT_FOUND=The quote was not found on page {0} of {1}.",
    "LibraryException.CLIP_WITHOUT_AREA=A clip needs an area with a width and a height.",
    "LibraryException.NO_PNG_WRITER=This image cannot be saved as PNG.",
    "LibraryException.CLIP_NOT_ENCODED=Cannot encode the clip: {0}",
    "LibraryException.CLIP_NOT_SAVED=Cannot save the clip: {0}",
    "LibraryException.CLIP_OUTSIDE_PAGE=The clip area lies outside page {0}.",
    "LibraryException.NOT_JSON={0} is not valid JSON: {1}.",
    "LibraryException.CANNOT_READ=Cannot read {0}: {1}",
    "LibraryException.NO_WEB_ANNOTATIONS={0} holds no Web Annotations.",
    "LibraryException.ANNOTATION_SKIPPED=Annotation {0}: {1}",
    "LibraryException.ANNOTATION_SKIPPED_IRI=Annotation {0} ({1}): {2}",
    "LibraryException.PAGE_BEYOND_PAPER=it points to page {0}, but the paper has {1}.",
    "LibraryException.NO_TARGET=it has neither a quote nor a page to attach it to.",
    "LibraryException.CANNOT_WRITE=Cannot write {0}: {1}",
    "LibraryException.PDF_MISSING=The PDF of \"{0}\" is missing from the workspace ({1}).",
    "LibraryException.EXPORT_NEEDS_PASSWORD=\"{0}\" needs its password to be exported.",
    "LibraryException.PDF_UNREADABLE=Cannot read the PDF of \"{0}\": {1}",
    "LibraryException.NOT_A_COLOUR=\"{0}\" is not a colour; use one of {1}, or #rrggbb.",
    "LibraryException.NOT_A_FILE={0} is not a file.",
    "LibraryException.NOT_FOUND={0} was not found.",
    "LibraryException.CANNOT_IMPORT=Cannot import {0}: {1}",
    "LibraryException.IMPORT_FAILED=Cannot import {0} because of an internal error; the log has the details.",
    "LibraryException.IMPORT_INTERRUPTED=The import of {0} was interrupted.",
    "LibraryException.DEMO_SENTENCE_MISSING=The key sentence of the demo paper is not in its text layer.",
    "SearchException.INTERRUPTED=The search was interrupted.",
    "SearchException.CLOSED_WHILE_SEARCHING=The search index was closed while searching.",
    "SearchException.UNREADABLE=The search index in {0} could not be read: {1}",
    "SearchException.IN_USE=The search index {0} is in use by another Gloss process; close it (or let it finish) and try again.",
    "SearchException.INDEXING_FAILED=Indexing failed: {0}",
    "SearchException.CANNOT_OPEN=Cannot open the search index in {0}: {1}",
    "SearchException.NO_INDEX=There is no search index in {0}.",
    "SearchException.CANNOT_USE_FOLDER=Cannot use {0} for the search index: {1}",
    "SearchException.CANNOT_REBUILD=Cannot rebuild the search index in {0}: {1}",
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
    "PublishSetupException.SKIPPED_BY_DST={0} does not exist in {1}: the clocks skip it for daylight saving. Choose another time.",
    "# {0} - thread id",
    "PublishException.THREAD_GONE=The thread of this entry ({0}) no longer exists.",
    "# {0} - account id",
    "PublishException.ACCOUNT_GONE=The account of this entry ({0}) no longer exists; add it again in Accounts\u2026",
    "# {0} - kind",
    "PublishException.NO_PUBLISHER=Gloss cannot publish to {0} accounts.",
    "# {0} - account kind", "# {1} - the problems, each a sentence",
    "PublishException.NO_LONGER_FITS=The thread was changed and no longer fits the {0} account: {1}",
    "# {0} - handle", "# {1} - server", "# {2} - environment variable",
    "PublishException.NO_CREDENTIAL=No password or token is stored for {0} on {1}; add the account again in Accounts\u2026 or set {2}.",
    "# {0} - file", "# {1} - what went wrong",
    "PublishException.IMAGE_UNREADABLE=The image {0} cannot be read ({1}).",
    "# {0} - file name",
    "PublishException.NOT_AN_IMAGE=The image {0} is not a PNG, JPEG, GIF or WebP file.",
    "# {0} - folder", "# {1} - what went wrong",
    "PublishException.EXPORT_UNWRITABLE=The export could not be written to {0} ({1}).",
    "# {0} - platform", "# {1} - handle", "# {2} - host", "# {3} - post", "# {4} - posts", "# {5} - what the server did",
    "PublishException.NOT_TAKEN={0} ({1} on {2}) did not take post {3} of {4}: {5}.",
    "# {0} - post", "# {1} - posts", "# {2} - record key", "# {3} - handle", "# {4} - host",
    "PublishException.KEY_TAKEN=Post {0} of {1} cannot go out: its record key {2} already holds a different post of {3} on {4}.",
    "# {0} - handle", "# {1} - host", "# {2} - what happened",
    "PublishException.SIGN_IN_FAILED=Could not sign in to Bluesky as {0} on {1}: {2}.",
    "# {0} - handle", "# {1} - host", "# {2} - the server's words",
    "PublishException.SIGN_IN_REFUSED=Bluesky refused to sign in as {0} on {1}: {2}.",
    "# {0} - handle", "# {1} - host", "# {2} - the server's words",
    "PublishException.TOKEN_REJECTED=Mastodon rejected the access token of {0} on {1}: {2}. Add the account again with a new token.",
    "PublishException.INTERNAL=Publishing failed because of an internal error; the log has the details.",
    "# {0} - the kept reason",
    "PublishException.UNKNOWN_REASON=Publishing failed for a reason this version of Gloss cannot phrase ({0}); a newer Gloss kept it.",
    "# {0} - host",
    "RemoteException.TIMED_OUT=no answer came in time",
    "# {0} - host",
    "RemoteException.CONNECTION_REFUSED=the connection was refused",
    "# {0} - host",
    "RemoteException.CONNECTION_LOST=the connection was lost",
    "# {0} - host",
    "RemoteException.INTERRUPTED=the request was interrupted",
    "# {0} - host", "# {1} - what the system said",
    "RemoteException.NO_ANSWER=no answer came ({1})",
    "# {0} - host", "# {1} - seconds",
    "RemoteException.STILL_PROCESSING=the server was still processing the image after {1} seconds",
    "# {0} - host", "# {1} - environment variable",
    "RemoteException.NO_APP_PASSWORD=no app password is stored; add the account again or set {1}",
    "# {0} - host", "# {1} - status", "# {2} - seconds to wait", "# {3} - minutes to wait",
    "RemoteException.STATUS=the server answered HTTP {1}{2,choice,0#|1#; it asks to wait {2} s|120#; it asks to wait {3} minutes}",
    "# {0} - the server's words", "# {1} - status", "# {2} - seconds to wait", "# {3} - minutes to wait",
    "RemoteException.SAID={0} (HTTP {1}){2,choice,0#|1#; the server asks to wait {2} s|120#; the server asks to wait {3} minutes}",
    "# {0} - the server's words", "# {1} - status", "# {2} - error name", "# {3} - seconds to wait", "# {4} - minutes to wait",
    "RemoteException.SAID_ERROR={0} (HTTP {1} {2}){3,choice,0#|1#; the server asks to wait {3} s|120#; the server asks to wait {4} minutes}",
    "Skipped.BEING_PUBLISHED_ELSEWHERE=Another Gloss is publishing this entry right now.",
    "Skipped.NOT_DUE_YET=This entry is scheduled for later.",
    "Skipped.ALREADY_PUBLISHED=This entry is published already.",
    "Skipped.CANCELLED=This entry is cancelled.",
    "Skipped.FAILED=This entry failed; choose Retry to schedule it again.",
    "# {0} - file name", "# {1} - what went wrong with it",
    "MSG_AboutFile={0}: {1}"
})
public final class Sentences {
    private static final Logger LOG = Logger.getLogger(Sentences.class.getName());

    private Sentences() {
    }

    /** The sentence of {@code t} when it carries a reason; else its message as it is (a system's own words). */
    public static String of(Throwable t) {
        return t instanceof Reasoned r ? phrase(r) : String.valueOf(t.getMessage());
    }

    /** The sentence for a reason and its values. */
    public static String phrase(Reasoned r) {
        Enum<?> reason = r.reason();
        List<Object> a = r.args();
        if (reason instanceof PdfException.Reason x) {
            return pdfException(x, a);
        }
        if (reason instanceof WorkspaceException.Reason x) {
            return workspaceException(x, a);
        }
        if (reason instanceof Problem.Reason x) {
            return problem(x, a);
        }
        if (reason instanceof FileFailure.Reason x) {
            return fileFailure(x, a);
        }
        if (reason instanceof LibraryException.Reason x) {
            return libraryException(x, a);
        }
        if (reason instanceof SearchException.Reason x) {
            return searchException(x, a);
        }
        if (reason instanceof ThreadChecks.Reason x) {
            return threadChecks(x, a);
        }
        if (reason instanceof ThreadsException.Reason x) {
            return threadsException(x, a);
        }
        if (reason instanceof PublishSetupException.Reason x) {
            String s = publishSetupException(x, a);
            return r instanceof PublishSetupException e && !e.problems().isEmpty() ? s + " " + of(e.problems()) : s;
        }
        if (reason instanceof PublishException.Reason x) {
            return publishException(x, a);
        }
        if (reason instanceof RemoteException.Reason x) {
            return remoteException(x, a);
        }
        if (reason instanceof Outcome.Skipped.Reason x) {
            return skipped(x);
        }
        String own = fromModule(r);
        if (own != null) {
            return own;
        }
        LOG.log(Level.WARNING, "No sentence for {0}", reason.getDeclaringClass().getName());
        return Reasoned.line(reason, a);
    }

    /**
     * The sentence a module phrases itself, in the {@code Reasons.properties} beside its reasons
     * ({@code dev/gloss/sources/Reasons.properties}, key {@code SourceException.NO_SUCH_ARXIV}),
     * its values phrased first when they are reasons too; null when the module has none.
     */
    private static String fromModule(Reasoned r) {
        Enum<?> reason = r.reason();
        java.util.ResourceBundle b;
        try {
            b = java.util.ResourceBundle.getBundle(reason.getDeclaringClass().getPackageName() + ".Reasons",
                    java.util.Locale.getDefault(), reason.getDeclaringClass().getClassLoader());
        } catch (java.util.MissingResourceException e) {
            return null;
        }
        String key = Reasoned.key(reason);
        if (!b.containsKey(key)) {
            return null;
        }
        java.text.MessageFormat f = new java.text.MessageFormat(b.getString(key));
        java.text.Format[] formats = f.getFormatsByArgumentIndex();
        Object[] values = r.args().toArray();
        for (int i = 0; i < values.length; i++) {
            boolean plain = i >= formats.length || formats[i] == null;
            values[i] = values[i] instanceof Reasoned cause ? phrase(cause) : plain && values[i] instanceof Number n ? n.toString() : values[i];
        }
        return f.format(values);
    }

    /**
     * What went wrong with one file of a list, naming the file once: the sentence alone when it
     * names the file already ("bad.pdf is not a PDF file."), else "bad.pdf: This file is damaged: ...".
     */
    public static String aboutFile(String fileName, Throwable t) {
        String sentence = of(t);
        return t instanceof Reasoned r && r.mentions(fileName) ? sentence : Bundle.MSG_AboutFile(fileName, sentence);
    }

    /** Several problems of a thread, one sentence after the other. */
    public static String of(List<ThreadChecks.Problem> problems) {
        return problems.stream().map(Sentences::phrase).collect(Collectors.joining(" "));
    }

    /** The word for a kind of workspace object inside a sentence ("No thread with id ..."). */
    static String kind(Kind<?> k) {
        return switch (k.name()) {
            case "paper" -> Bundle.Kind_paper();
            case "annotation" -> Bundle.Kind_annotation();
            case "thread" -> Bundle.Kind_thread();
            case "queue entry" -> Bundle.Kind_queue_entry();
            case "account" -> Bundle.Kind_account();
            default -> k.name();
        };
    }

    private static String pdfException(PdfException.Reason reason, List<Object> a) {
        return switch (reason) {
            case NOT_FOUND -> Bundle.PdfException_NOT_FOUND(v(a, 0));
            case FOLDER -> Bundle.PdfException_FOLDER(v(a, 0));
            case NOT_A_PDF -> Bundle.PdfException_NOT_A_PDF(v(a, 0));
            case UNREADABLE -> Bundle.PdfException_UNREADABLE(v(a, 0), v(a, 1));
            case INTERRUPTED -> Bundle.PdfException_INTERRUPTED(v(a, 0));
            case TIMEOUT -> Bundle.PdfException_TIMEOUT(v(a, 0), v(a, 1));
            case PASSWORD_REQUIRED -> Bundle.PdfException_PASSWORD_REQUIRED(v(a, 0));
            case WRONG_PASSWORD -> Bundle.PdfException_WRONG_PASSWORD(v(a, 0));
            case CERTIFICATE_ENCRYPTED -> Bundle.PdfException_CERTIFICATE_ENCRYPTED(v(a, 0));
            case EMPTY -> Bundle.PdfException_EMPTY();
            case NO_PAGES -> Bundle.PdfException_NO_PAGES();
            case BROKEN_XREF -> Bundle.PdfException_BROKEN_XREF();
            case BROKEN_TRAILER -> Bundle.PdfException_BROKEN_TRAILER();
            case NO_CATALOG -> Bundle.PdfException_NO_CATALOG();
            case BROKEN_PAGE_TREE -> Bundle.PdfException_BROKEN_PAGE_TREE();
            case BROKEN_ENCRYPTION -> Bundle.PdfException_BROKEN_ENCRYPTION(v(a, 0));
            case TRUNCATED -> Bundle.PdfException_TRUNCATED();
            case TOO_BIG_TO_OPEN -> Bundle.PdfException_TOO_BIG_TO_OPEN();
            case DAMAGED -> Bundle.PdfException_DAMAGED();
            case DAMAGED_BECAUSE -> Bundle.PdfException_DAMAGED_BECAUSE(v(a, 0));
            case PAGE_NOT_DRAWN -> Bundle.PdfException_PAGE_NOT_DRAWN(v(a, 0));
            case PAGE_NOT_DRAWN_BECAUSE -> Bundle.PdfException_PAGE_NOT_DRAWN_BECAUSE(v(a, 0), v(a, 1));
            case PAGE_NOT_READ -> Bundle.PdfException_PAGE_NOT_READ(v(a, 0));
            case PAGE_NOT_READ_BECAUSE -> Bundle.PdfException_PAGE_NOT_READ_BECAUSE(v(a, 0), v(a, 1));
            case PAGE_TOO_LARGE -> Bundle.PdfException_PAGE_TOO_LARGE(v(a, 0));
        };
    }

    private static String workspaceException(WorkspaceException.Reason reason, List<Object> a) {
        return switch (reason) {
            case NOT_A_FOLDER -> Bundle.WorkspaceException_NOT_A_FOLDER(v(a, 0));
            case CANNOT_OPEN -> Bundle.WorkspaceException_CANNOT_OPEN(v(a, 0), v(a, 1));
            case MANIFEST_NOT_JSON -> Bundle.WorkspaceException_MANIFEST_NOT_JSON(v(a, 0), v(a, 1));
            case MANIFEST_NO_SCHEMA -> Bundle.WorkspaceException_MANIFEST_NO_SCHEMA(v(a, 0));
            case NEWER_SCHEMA -> Bundle.WorkspaceException_NEWER_SCHEMA(v(a, 0), v(a, 1));
            case NO_MIGRATION -> Bundle.WorkspaceException_NO_MIGRATION(v(a, 0));
            case CANNOT_SAVE_SETTINGS -> Bundle.WorkspaceException_CANNOT_SAVE_SETTINGS(v(a, 0));
            case CANNOT_SAVE -> Bundle.WorkspaceException_CANNOT_SAVE(v(a, 0), v(a, 1), v(a, 2));
            case NO_SUCH_OBJECT -> Bundle.WorkspaceException_NO_SUCH_OBJECT(v(a, 0), v(a, 1));
            case UNREADABLE -> Bundle.WorkspaceException_UNREADABLE(v(a, 0), v(a, 1), v(a, 2));
            case CANNOT_DELETE -> Bundle.WorkspaceException_CANNOT_DELETE(v(a, 0), v(a, 1), v(a, 2));
            case CANNOT_TRASH -> Bundle.WorkspaceException_CANNOT_TRASH(v(a, 0), v(a, 1));
            case CANNOT_RESTORE -> Bundle.WorkspaceException_CANNOT_RESTORE(v(a, 0), v(a, 1));
            case INVALID_ID -> Bundle.WorkspaceException_INVALID_ID(v(a, 0));
            case CANNOT_LOCK -> Bundle.WorkspaceException_CANNOT_LOCK(v(a, 0), v(a, 1), v(a, 2));
        };
    }

    private static String problem(Problem.Reason reason, List<Object> a) {
        return switch (reason) {
            case SKIPPED -> Bundle.Problem_SKIPPED(v(a, 0), v(a, 1));
        };
    }

    private static String fileFailure(FileFailure.Reason reason, List<Object> a) {
        return switch (reason) {
            case NOT_JSON -> Bundle.FileFailure_NOT_JSON(v(a, 0));
            case NOT_JSON_AT_LINE -> Bundle.FileFailure_NOT_JSON_AT_LINE(v(a, 0), v(a, 1));
            case NO_SUCH_FILE -> Bundle.FileFailure_NO_SUCH_FILE(v(a, 0));
            case PERMISSION_DENIED -> Bundle.FileFailure_PERMISSION_DENIED();
            case NO_VALID_ID -> Bundle.FileFailure_NO_VALID_ID();
            case OTHER_OBJECT -> Bundle.FileFailure_OTHER_OBJECT(v(a, 0), v(a, 1));
            case SYSTEM -> Bundle.FileFailure_SYSTEM(v(a, 0));
            case UNKNOWN -> Bundle.FileFailure_UNKNOWN();
        };
    }

    private static String libraryException(LibraryException.Reason reason, List<Object> a) {
        return switch (reason) {
            case PDF -> Bundle.LibraryException_PDF(v(a, 0));
            case WORKSPACE -> Bundle.LibraryException_WORKSPACE(v(a, 0));
            case NO_PAPER_ID -> Bundle.LibraryException_NO_PAPER_ID();
            case NO_SUCH_PAPER -> Bundle.LibraryException_NO_SUCH_PAPER(v(a, 0));
            case AMBIGUOUS_PAPER -> Bundle.LibraryException_AMBIGUOUS_PAPER(v(a, 0), v(a, 1), v(a, 2));
            case NOTHING_SELECTED -> Bundle.LibraryException_NOTHING_SELECTED(v(a, 0));
            case EMPTY_QUOTE -> Bundle.LibraryException_EMPTY_QUOTE();
            case NO_SUCH_PAGE -> Bundle.LibraryException_NO_SUCH_PAGE(v(a, 0), v(a, 1), n(a, 2));
            case QUOTE_NOT_FOUND -> Bundle.LibraryException_QUOTE_NOT_FOUND(v(a, 0), v(a, 1));
            case CLIP_WITHOUT_AREA -> Bundle.LibraryException_CLIP_WITHOUT_AREA();
            case NO_PNG_WRITER -> Bundle.LibraryException_NO_PNG_WRITER();
            case CLIP_NOT_ENCODED -> Bundle.LibraryException_CLIP_NOT_ENCODED(v(a, 0));
            case CLIP_NOT_SAVED -> Bundle.LibraryException_CLIP_NOT_SAVED(v(a, 0));
            case CLIP_OUTSIDE_PAGE -> Bundle.LibraryException_CLIP_OUTSIDE_PAGE(v(a, 0));
            case NOT_JSON -> Bundle.LibraryException_NOT_JSON(v(a, 0), v(a, 1));
            case CANNOT_READ -> Bundle.LibraryException_CANNOT_READ(v(a, 0), v(a, 1));
            case NO_WEB_ANNOTATIONS -> Bundle.LibraryException_NO_WEB_ANNOTATIONS(v(a, 0));
            case ANNOTATION_SKIPPED -> Bundle.LibraryException_ANNOTATION_SKIPPED(v(a, 0), v(a, 1));
            case ANNOTATION_SKIPPED_IRI -> Bundle.LibraryException_ANNOTATION_SKIPPED_IRI(v(a, 0), v(a, 1), v(a, 2));
            case PAGE_BEYOND_PAPER -> Bundle.LibraryException_PAGE_BEYOND_PAPER(v(a, 0), v(a, 1));
            case NO_TARGET -> Bundle.LibraryException_NO_TARGET();
            case CANNOT_WRITE -> Bundle.LibraryException_CANNOT_WRITE(v(a, 0), v(a, 1));
            case PDF_MISSING -> Bundle.LibraryException_PDF_MISSING(v(a, 0), v(a, 1));
            case EXPORT_NEEDS_PASSWORD -> Bundle.LibraryException_EXPORT_NEEDS_PASSWORD(v(a, 0));
            case PDF_UNREADABLE -> Bundle.LibraryException_PDF_UNREADABLE(v(a, 0), v(a, 1));
            case NOT_A_COLOUR -> Bundle.LibraryException_NOT_A_COLOUR(v(a, 0), v(a, 1));
            case NOT_A_FILE -> Bundle.LibraryException_NOT_A_FILE(v(a, 0));
            case NOT_FOUND -> Bundle.LibraryException_NOT_FOUND(v(a, 0));
            case CANNOT_IMPORT -> Bundle.LibraryException_CANNOT_IMPORT(v(a, 0), v(a, 1));
            case IMPORT_FAILED -> Bundle.LibraryException_IMPORT_FAILED(v(a, 0));
            case IMPORT_INTERRUPTED -> Bundle.LibraryException_IMPORT_INTERRUPTED(v(a, 0));
            case DEMO_SENTENCE_MISSING -> Bundle.LibraryException_DEMO_SENTENCE_MISSING();
        };
    }

    private static String searchException(SearchException.Reason reason, List<Object> a) {
        return switch (reason) {
            case INTERRUPTED -> Bundle.SearchException_INTERRUPTED();
            case CLOSED_WHILE_SEARCHING -> Bundle.SearchException_CLOSED_WHILE_SEARCHING();
            case UNREADABLE -> Bundle.SearchException_UNREADABLE(v(a, 0), v(a, 1));
            case IN_USE -> Bundle.SearchException_IN_USE(v(a, 0));
            case INDEXING_FAILED -> Bundle.SearchException_INDEXING_FAILED(v(a, 0));
            case CANNOT_OPEN -> Bundle.SearchException_CANNOT_OPEN(v(a, 0), v(a, 1));
            case NO_INDEX -> Bundle.SearchException_NO_INDEX(v(a, 0));
            case CANNOT_USE_FOLDER -> Bundle.SearchException_CANNOT_USE_FOLDER(v(a, 0), v(a, 1));
            case CANNOT_REBUILD -> Bundle.SearchException_CANNOT_REBUILD(v(a, 0), v(a, 1));
        };
    }

    private static String threadChecks(ThreadChecks.Reason reason, List<Object> a) {
        return switch (reason) {
            case NO_POSTS -> Bundle.ThreadChecks_NO_POSTS();
            case EMPTY_POST -> Bundle.ThreadChecks_EMPTY_POST(v(a, 0));
            case TOO_LONG -> Bundle.ThreadChecks_TOO_LONG(v(a, 0), v(a, 1), v(a, 2), v(a, 3));
            case TOO_MANY_BYTES -> Bundle.ThreadChecks_TOO_MANY_BYTES(v(a, 0), v(a, 1), v(a, 2));
            case TOO_MANY_IMAGES -> Bundle.ThreadChecks_TOO_MANY_IMAGES(v(a, 0), v(a, 1), v(a, 2), v(a, 3));
            case IMAGE_MISSING -> Bundle.ThreadChecks_IMAGE_MISSING(v(a, 0), v(a, 1));
            case IMAGE_TOO_BIG -> Bundle.ThreadChecks_IMAGE_TOO_BIG(v(a, 0), v(a, 1), v(a, 2), v(a, 3), v(a, 4));
            case ALT_TOO_LONG -> Bundle.ThreadChecks_ALT_TOO_LONG(v(a, 0), v(a, 1), v(a, 2), v(a, 3), v(a, 4));
            case TOO_MANY_LINKS -> Bundle.ThreadChecks_TOO_MANY_LINKS(v(a, 0), v(a, 1), v(a, 2), v(a, 3));
        };
    }

    private static String threadsException(ThreadsException.Reason reason, List<Object> a) {
        return switch (reason) {
            case UNKNOWN_PLATFORM -> Bundle.ThreadsException_UNKNOWN_PLATFORM(v(a, 0), v(a, 1));
            case NO_PLATFORM -> Bundle.ThreadsException_NO_PLATFORM(v(a, 0));
            case LIMIT_BELOW_ONE -> Bundle.ThreadsException_LIMIT_BELOW_ONE(v(a, 0), v(a, 1));
            case LIMIT_TOO_SMALL -> Bundle.ThreadsException_LIMIT_TOO_SMALL(v(a, 0), v(a, 1), v(a, 2), n(a, 3));
            case NO_TEMPLATE -> Bundle.ThreadsException_NO_TEMPLATE();
            case TEMPLATE_FIELD_MISSING -> Bundle.ThreadsException_TEMPLATE_FIELD_MISSING(v(a, 0));
            case NO_PAPER -> Bundle.ThreadsException_NO_PAPER();
        };
    }

    private static String publishSetupException(PublishSetupException.Reason reason, List<Object> a) {
        return switch (reason) {
            case AMBIGUOUS_HANDLE -> Bundle.PublishSetupException_AMBIGUOUS_HANDLE(v(a, 0));
            case NO_SUCH_ACCOUNT -> Bundle.PublishSetupException_NO_SUCH_ACCOUNT(v(a, 0));
            case CANNOT_REACH -> Bundle.PublishSetupException_CANNOT_REACH(v(a, 0), v(a, 1));
            case SIGN_IN_UNREACHABLE -> Bundle.PublishSetupException_SIGN_IN_UNREACHABLE(v(a, 0), v(a, 1), v(a, 2));
            case SIGN_IN_REFUSED -> Bundle.PublishSetupException_SIGN_IN_REFUSED(v(a, 0), v(a, 1), v(a, 2));
            case TOKEN_REFUSED -> Bundle.PublishSetupException_TOKEN_REFUSED(v(a, 0), v(a, 1));
            case NOT_A_REPLY_VISIBILITY -> Bundle.PublishSetupException_NOT_A_REPLY_VISIBILITY(v(a, 0));
            case NOT_AN_EXPORT_TARGET -> Bundle.PublishSetupException_NOT_AN_EXPORT_TARGET(v(a, 0));
            case ACCOUNT_IN_USE -> Bundle.PublishSetupException_ACCOUNT_IN_USE(v(a, 0), n(a, 1));
            case NOT_A_SERVER_URL -> Bundle.PublishSetupException_NOT_A_SERVER_URL(v(a, 0));
            case SECRET_UNREADABLE -> Bundle.PublishSetupException_SECRET_UNREADABLE(v(a, 0), v(a, 1));
            case SECRET_UNWRITABLE -> Bundle.PublishSetupException_SECRET_UNWRITABLE(v(a, 0), v(a, 1));
            case SECRET_UNDELETABLE -> Bundle.PublishSetupException_SECRET_UNDELETABLE(v(a, 0), v(a, 1));
            case NO_SUCH_ENTRY -> Bundle.PublishSetupException_NO_SUCH_ENTRY(v(a, 0));
            case NO_SUCH_THREAD -> Bundle.PublishSetupException_NO_SUCH_THREAD(v(a, 0));
            case DOES_NOT_FIT -> Bundle.PublishSetupException_DOES_NOT_FIT(v(a, 0), v(a, 1));
            case ALREADY_PUBLISHED -> Bundle.PublishSetupException_ALREADY_PUBLISHED(v(a, 0), v(a, 1));
            case BEING_PUBLISHED -> Bundle.PublishSetupException_BEING_PUBLISHED(v(a, 0));
            case NO_SLOTS -> Bundle.PublishSetupException_NO_SLOTS();
            case NO_FREE_SLOT -> Bundle.PublishSetupException_NO_FREE_SLOT();
            case NO_PUBLISHER -> Bundle.PublishSetupException_NO_PUBLISHER(v(a, 0));
            case NOT_AN_ID -> Bundle.PublishSetupException_NOT_AN_ID(v(a, 0));
            case NOT_A_DAY -> Bundle.PublishSetupException_NOT_A_DAY(v(a, 0));
            case NOT_A_TIME_OF_DAY -> Bundle.PublishSetupException_NOT_A_TIME_OF_DAY(v(a, 0));
            case NOT_A_ZONE -> Bundle.PublishSetupException_NOT_A_ZONE(v(a, 0));
            case NOT_A_TIME -> Bundle.PublishSetupException_NOT_A_TIME(v(a, 0));
            case IN_THE_PAST -> Bundle.PublishSetupException_IN_THE_PAST(v(a, 0));
            case SKIPPED_BY_DST -> Bundle.PublishSetupException_SKIPPED_BY_DST(v(a, 0), v(a, 1));
        };
    }

    private static String publishException(PublishException.Reason reason, List<Object> a) {
        return switch (reason) {
            case THREAD_GONE -> Bundle.PublishException_THREAD_GONE(v(a, 0));
            case ACCOUNT_GONE -> Bundle.PublishException_ACCOUNT_GONE(v(a, 0));
            case NO_PUBLISHER -> Bundle.PublishException_NO_PUBLISHER(v(a, 0));
            case NO_LONGER_FITS -> Bundle.PublishException_NO_LONGER_FITS(v(a, 0), v(a, 1));
            case NO_CREDENTIAL -> Bundle.PublishException_NO_CREDENTIAL(v(a, 0), v(a, 1), v(a, 2));
            case IMAGE_UNREADABLE -> Bundle.PublishException_IMAGE_UNREADABLE(v(a, 0), v(a, 1));
            case NOT_AN_IMAGE -> Bundle.PublishException_NOT_AN_IMAGE(v(a, 0));
            case EXPORT_UNWRITABLE -> Bundle.PublishException_EXPORT_UNWRITABLE(v(a, 0), v(a, 1));
            case NOT_TAKEN -> Bundle.PublishException_NOT_TAKEN(v(a, 0), v(a, 1), v(a, 2), v(a, 3), v(a, 4), v(a, 5));
            case KEY_TAKEN -> Bundle.PublishException_KEY_TAKEN(v(a, 0), v(a, 1), v(a, 2), v(a, 3), v(a, 4));
            case SIGN_IN_FAILED -> Bundle.PublishException_SIGN_IN_FAILED(v(a, 0), v(a, 1), v(a, 2));
            case SIGN_IN_REFUSED -> Bundle.PublishException_SIGN_IN_REFUSED(v(a, 0), v(a, 1), v(a, 2));
            case TOKEN_REJECTED -> Bundle.PublishException_TOKEN_REJECTED(v(a, 0), v(a, 1), v(a, 2));
            case INTERNAL -> Bundle.PublishException_INTERNAL();
            case UNKNOWN_REASON -> Bundle.PublishException_UNKNOWN_REASON(v(a, 0));
        };
    }

    private static String remoteException(RemoteException.Reason reason, List<Object> a) {
        return switch (reason) {
            case TIMED_OUT -> Bundle.RemoteException_TIMED_OUT(v(a, 0));
            case CONNECTION_REFUSED -> Bundle.RemoteException_CONNECTION_REFUSED(v(a, 0));
            case CONNECTION_LOST -> Bundle.RemoteException_CONNECTION_LOST(v(a, 0));
            case INTERRUPTED -> Bundle.RemoteException_INTERRUPTED(v(a, 0));
            case NO_ANSWER -> Bundle.RemoteException_NO_ANSWER(v(a, 0), v(a, 1));
            case STILL_PROCESSING -> Bundle.RemoteException_STILL_PROCESSING(v(a, 0), v(a, 1));
            case NO_APP_PASSWORD -> Bundle.RemoteException_NO_APP_PASSWORD(v(a, 0), v(a, 1));
            case STATUS -> Bundle.RemoteException_STATUS(v(a, 0), v(a, 1), n(a, 2), v(a, 3));
            case SAID -> Bundle.RemoteException_SAID(v(a, 0), v(a, 1), n(a, 2), v(a, 3));
            case SAID_ERROR -> Bundle.RemoteException_SAID_ERROR(v(a, 0), v(a, 1), v(a, 2), n(a, 3), v(a, 4));
        };
    }

    private static String skipped(Outcome.Skipped.Reason reason) {
        return switch (reason) {
            case BEING_PUBLISHED_ELSEWHERE -> Bundle.Skipped_BEING_PUBLISHED_ELSEWHERE();
            case NOT_DUE_YET -> Bundle.Skipped_NOT_DUE_YET();
            case ALREADY_PUBLISHED -> Bundle.Skipped_ALREADY_PUBLISHED();
            case CANCELLED -> Bundle.Skipped_CANCELLED();
            case FAILED -> Bundle.Skipped_FAILED();
        };
    }

    /**
     * Why a queue entry failed: its kept reason phrased, else the sentence an older Gloss kept
     * (shown as it is); null when it did not fail.
     */
    public static String failure(QueueEntry e) {
        return QueueFailures.of(e).map(Sentences::phrase).orElse(e.reason());
    }

    /**
     * Value {@code i} as the sentence shows it: a cause phrased, a kind by its word, a number
     * without grouping (page "1200", not "1,200"). A sentence that chooses words by a count takes
     * the number itself ({@link #n}).
     */
    static Object v(List<Object> a, int i) {
        Object value = i < a.size() ? a.get(i) : null;
        if (value instanceof Reasoned r) {
            return phrase(r);
        }
        if (value instanceof Kind<?> k) {
            return kind(k);
        }
        if (value instanceof List<?> causes && !causes.isEmpty() && causes.stream().allMatch(Reasoned.class::isInstance)) {
            return causes.stream().map(c -> phrase((Reasoned) c)).collect(Collectors.joining(" "));
        }
        return String.valueOf(value);
    }

    /** Value {@code i} as a number, for a {@code choice} or {@code number} in the sentence. */
    static Object n(List<Object> a, int i) {
        Object value = i < a.size() ? a.get(i) : null;
        return value instanceof Boolean b ? (b ? 1 : 0) : value != null ? value : 0;
    }
}
