package dev.gloss.desktop.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.PublishedPost;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.swing.JLabel;
import javax.swing.JList;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.QueueFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The queue list's rows as the user reads them: day headings, time, state, account, first post, progress, reason. */
class QueueLineRendererTest {
    @RegisterExtension
    final FormatLocale locale = new FormatLocale(Locale.US);

    private static String text(QueueRows.Line line) {
        JLabel l = (JLabel) new QueueLineRenderer().getListCellRendererComponent(new JList<>(), line, 1, false, false);
        return l.getText().replace('\u202f', ' ');
    }

    @Test
    void anEntryReadsWithItsLocalTimeStateAccountFirstPostAndProgress() {
        Instant nine = LocalDate.of(2026, 12, 7).atTime(LocalTime.of(9, 0)).atZone(ZoneId.systemDefault()).toInstant();
        PostThread thread = new PostThread("t", "T", List.of("bluesky"), null,
                List.of(Post.of("The key finding <b>now</b>"), Post.of("2"), Post.of("3"), Post.of("4")), Instant.EPOCH, Instant.EPOCH);
        AccountRef account = new AccountRef("a", "bluesky", "https://bsky.social", "reader.test");
        List<PublishedPost> out = List.of(new PublishedPost(0, "k0", "r0", null, null), new PublishedPost(1, "k1", "r1", null, null),
                new PublishedPost(2, "k2", "r2", null, null), new PublishedPost(3, "k3", null, null, null));
        QueueEntry failed = new QueueEntry("q", "t", "a", nine, "Europe/Berlin", QueueState.FAILED, "The server did not answer.", out,
                1, Instant.EPOCH, Instant.EPOCH);
        String row = text(new QueueRows.Line(null, failed, thread, account));
        assertTrue(row.contains("<b>9:00 AM</b>"), row);
        assertTrue(row.contains(">Failed</b>"), row);
        assertTrue(row.contains("reader.test · bluesky"), row);
        assertTrue(row.contains("The key finding &lt;b&gt;now&lt;/b&gt;"), "the post's text, escaped: " + row);
        assertTrue(row.contains("3 of 4 posts out"), row);
        assertTrue(row.contains("The server did not answer."), "the sentence an older Gloss kept: " + row);

        QueueEntry kept = failed.withFailure(QueueFailures.keep(new PublishException(PublishException.Reason.NOT_AN_IMAGE, "<notes>.png")),
                Instant.EPOCH);
        String phrased = text(new QueueRows.Line(null, kept, thread, account));
        assertTrue(phrased.contains("The image &lt;notes&gt;.png is not a PNG, JPEG, GIF or WebP file."), "phrased here, escaped: " + phrased);
    }

    @Test
    void aDayHeadingNamesTheDay() {
        JLabel l = (JLabel) new QueueLineRenderer().getListCellRendererComponent(new JList<>(),
                new QueueRows.Line(LocalDate.of(2026, 12, 3), null, null, null), 0, false, false);
        assertEquals("Thursday 3 December 2026", l.getText());
    }

    @Test
    void longFirstPostsAreCutWithAnEllipsis() {
        assertEquals("one two…", QueueLineRenderer.ellipsis("one  two\nthree", 9));
        assertEquals("short", QueueLineRenderer.ellipsis(" short ", 9));
    }
}
