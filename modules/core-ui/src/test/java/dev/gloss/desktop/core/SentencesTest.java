package dev.gloss.desktop.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.library.LibraryException;
import dev.gloss.pdf.PdfException;
import dev.gloss.publish.Outcome;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.QueueFailures;
import dev.gloss.publish.http.RemoteException;
import dev.gloss.search.SearchException;
import dev.gloss.threads.ThreadChecks;
import dev.gloss.workspace.FileFailure;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Problem;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.WorkspaceException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The desktop's sentences: values in place, causes phrased, kinds by their word, each file named once. */
class SentencesTest {
    @Test
    void reasonsBecomeTheirSentences() {
        assertEquals("bad.pdf is not a PDF file.", Sentences.of(new PdfException(PdfException.Reason.NOT_A_PDF, "bad.pdf")));
        assertEquals("cert.pdf is encrypted for a certificate, not with a password, and Gloss cannot open such files.",
                Sentences.of(new PdfException(PdfException.Reason.CERTIFICATE_ENCRYPTED, "cert.pdf")));
        assertEquals("This file is damaged: page 1200 could not be drawn.",
                Sentences.of(new PdfException(PdfException.Reason.PAGE_NOT_DRAWN, 1200)), "no grouping in a page number");
        assertEquals("No paper with id \"ab\" in this workspace.", Sentences.of(new LibraryException(LibraryException.Reason.NO_SUCH_PAPER, "ab")),
                "the desktop does not point to a CLI command");
        assertEquals("\"P\" has no page 7; it has 1 page.", Sentences.of(new LibraryException(LibraryException.Reason.NO_SUCH_PAGE, "P", 7, 1)));
        assertEquals("x.pdf needs a password.", Sentences.of(new LibraryException(LibraryException.Reason.PDF,
                new PdfException(PdfException.Reason.PASSWORD_REQUIRED, "x.pdf"))));
        assertEquals("There is no search index in /ix.", Sentences.of(new SearchException(SearchException.Reason.NO_INDEX, Path.of("/ix"))));
        assertEquals("papers/a/paper.json could not be read (not valid JSON: Unexpected end at line 3); it was skipped and left untouched",
                Sentences.phrase(new Problem(Path.of("/ws/papers/a/paper.json"), Path.of("papers/a/paper.json"),
                        new FileFailure(FileFailure.Reason.NOT_JSON_AT_LINE, List.of("Unexpected end", 3)))));
    }

    @Test
    void publishingFailuresReadAsOneSentence() {
        RemoteException limited = new RemoteException("bsky.social", 429, null, "Too many requests", Duration.ofSeconds(3600));
        assertEquals("Mastodon (@alice@m.social on m.social) did not take post 1 of 2: Too many requests (HTTP 429);"
                + " the server asks to wait 60 minutes.", Sentences.of(new PublishException(limited, PublishException.Reason.NOT_TAKEN,
                        "Mastodon", "@alice@m.social", "m.social", 1, 2, limited)));
        assertEquals("Could not sign in to Bluesky as alice.test on localhost:2583: the connection was refused.",
                Sentences.of(new PublishException(PublishException.Reason.SIGN_IN_FAILED, "alice.test", "localhost:2583",
                        RemoteException.refused("localhost:2583"))));
        assertEquals("The thread was changed and no longer fits the x account: Post 1 has 300 characters; X allows 280. Post 2 is empty.",
                Sentences.of(new PublishException(PublishException.Reason.NO_LONGER_FITS, "x", List.of(
                        new ThreadChecks.Problem(ThreadChecks.Reason.TOO_LONG, 1, List.of(300, "X", 280)),
                        new ThreadChecks.Problem(ThreadChecks.Reason.EMPTY_POST, 2, List.of())))));
        assertEquals("The image /ws/a.png cannot be read (permission denied).", Sentences.of(new PublishException(
                PublishException.Reason.IMAGE_UNREADABLE, Path.of("/ws/a.png"), FileFailure.of(new java.nio.file.AccessDeniedException("/ws/a.png")))));
        assertEquals("Another Gloss is publishing this entry right now.",
                Sentences.phrase(new Outcome.Skipped(Outcome.Skipped.Reason.BEING_PUBLISHED_ELSEWHERE)));
    }

    @Test
    void everyPublishingReasonHasADesktopSentence() {
        List<Object> ones = java.util.Collections.nCopies(6, 1L);
        for (Class<? extends Enum<?>> type : List.of(PublishException.Reason.class, RemoteException.Reason.class,
                Outcome.Skipped.Reason.class, dev.gloss.publish.PublishSetupException.Reason.class)) {
            for (Enum<?> reason : type.getEnumConstants()) {
                String s = Sentences.phrase(new dev.gloss.workspace.Reasoned() {
                    @Override
                    public Enum<?> reason() {
                        return reason;
                    }

                    @Override
                    public List<Object> args() {
                        return ones;
                    }
                });
                assertNotEquals(dev.gloss.workspace.Reasoned.line(reason, ones), s, "no sentence for " + reason);
                assertTrue(!s.contains("Exception") && !s.contains("{"), s);
            }
        }
    }

    @Test
    void aQueueEntryShowsItsKeptReasonOrTheSentenceOfAnOlderGloss() {
        Instant t = Instant.parse("2026-03-02T08:00:00Z");
        QueueEntry old = new QueueEntry("q", "t", "a", t, "UTC", QueueState.FAILED, "The server did not answer.", List.of(), 1, t, t);
        assertEquals("The server did not answer.", Sentences.failure(old));
        QueueEntry kept = old.withFailure(QueueFailures.keep(new PublishException(PublishException.Reason.THREAD_GONE, "t")), t);
        assertEquals("The thread of this entry (t) no longer exists.", Sentences.failure(kept));
        assertEquals(null, Sentences.failure(old.withState(QueueState.SCHEDULED, t)));
    }

    @Test
    void everyKindHasAWord() {
        for (Kind<?> k : Kind.ALL) {
            assertNotEquals("", Sentences.kind(k));
        }
        assertEquals("No queue entry with id q1.", Sentences.of(new WorkspaceException(WorkspaceException.Reason.NO_SUCH_OBJECT, Kind.QUEUE, "q1")));
    }

    @Test
    void aFileOfAListIsNamedOnce() {
        assertEquals("bad.pdf is not a PDF file.", Sentences.aboutFile("bad.pdf", new LibraryException(LibraryException.Reason.PDF,
                new PdfException(PdfException.Reason.NOT_A_PDF, "bad.pdf"))));
        assertEquals("bad.pdf: This file is damaged: it is empty.", Sentences.aboutFile("bad.pdf",
                new PdfException(PdfException.Reason.EMPTY)));
    }
}
