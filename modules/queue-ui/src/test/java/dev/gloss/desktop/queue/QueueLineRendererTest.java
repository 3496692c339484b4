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
import java.util.Map;
import java.util.Locale;
import javax.swing.JList;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.QueueFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The queue list's rows as the user reads them: day headings, time, state, account, first post, progress, reason. */
class QueueLineRendererTest {
    @RegisterExtension
    final FormatLocale locale = new FormatLocale(Locale.US);

    private static QueueLineRenderer render(QueueRows.Line line) {
        @SuppressWarnings("unchecked")
        JList<QueueRows.Line> list = new JList<>();
        QueueLineRenderer r = new QueueLineRenderer();
        r.getListCellRendererComponent(list, line, 1, false, false);
        return r;
    }

    private static String text(QueueRows.Line line) {
        QueueLineRenderer r = render(line);
        return (r.head.getText() + "\n" + (r.reasons.isVisible() ? r.reasons.getText() : "")).replace('\u202f', ' ');
    }

    @Test
    void anEntryReadsWithItsTimeStateTitleFirstPostAndEachPlatformWithItsStateProgressAndReason() {
        Instant nine = LocalDate.of(2026, 12, 7).atTime(LocalTime.of(9, 0)).atZone(ZoneId.systemDefault()).toInstant();
        PostThread thread = new PostThread("t", "Sparse features", List.of("bluesky", "mastodon", "x"), null,
                List.of(Post.of("The key finding <b>now</b>"), Post.of("2"), Post.of("3"), Post.of("4")), Instant.EPOCH, Instant.EPOCH);
        Map<String, AccountRef> accounts = Map.of("a", new AccountRef("a", "bluesky", "https://bsky.social", "reader.test"),
                "m", new AccountRef("m", "mastodon", "https://m.example", "reader@m.example"));
        List<PublishedPost> three = List.of(new PublishedPost(0, "k0", "r0", null, null), new PublishedPost(1, "k1", "r1", null, null),
                new PublishedPost(2, "k2", "r2", null, null), new PublishedPost(3, "k3", null, null, null));
        List<PublishedPost> all = List.of(new PublishedPost(0, "k0", "r0", null, "u0"), new PublishedPost(1, "k1", "r1", null, "u1"),
                new PublishedPost(2, "k2", "r2", null, "u2"), new PublishedPost(3, "k3", "r3", null, "u3"));
        QueueEntry failed = Entries.of("q", nine, ZoneId.systemDefault().getId(),
                Entries.target("bluesky", "a", QueueState.PUBLISHED, null, all),
                Entries.target("mastodon", "m", QueueState.FAILED, "The server did not answer.", three),
                Entries.target("x", "gone", QueueState.SCHEDULED, null, List.of()));
        QueueRows.Line line = new QueueRows.Line(null, failed, thread, accounts);
        String row = text(line);
        assertTrue(row.contains("<b>9:00 AM</b>"), row);
        assertTrue(row.contains(">Failed</b>"), "the entry as a whole: " + row);
        assertTrue(row.contains("Sparse features"), row);
        assertTrue(row.contains("The key finding &lt;b&gt;now&lt;/b&gt;"), "the post's text, escaped: " + row);
        assertTrue(row.contains("Mastodon: The server did not answer."), "the sentence an older Gloss kept, for its platform: " + row);
        QueueLineRenderer r = render(line);
        assertTrue(r.targets.getIcon() instanceof TargetBadges, "each platform with its state's mark");
        assertEquals("Sparse features \u2014 9:00 AM: Bluesky: Published, Mastodon: Failed, X: Scheduled",
                r.getAccessibleContext().getAccessibleName().replace('\u202f', ' '));
        assertEquals(List.of("Bluesky Published \u00b7 reader.test", "Mastodon Failed \u00b7 reader@m.example (3 of 4 posts out)",
                "X Scheduled \u00b7 gone"), ((TargetBadges) r.targets.getIcon()).badges().stream().map(TargetBadges.Badge::text).toList(),
                "platform, state, account and progress");
        assertEquals(List.of(QueueState.PUBLISHED, QueueState.FAILED, QueueState.SCHEDULED),
                ((TargetBadges) r.targets.getIcon()).badges().stream().map(TargetBadges.Badge::state).toList());

        QueueEntry kept = failed.withTarget(failed.target("mastodon").orElseThrow().withFailure(
                QueueFailures.keep(new PublishException(PublishException.Reason.NOT_AN_IMAGE, "<notes>.png")), Instant.EPOCH), Instant.EPOCH);
        String phrased = text(new QueueRows.Line(null, kept, thread, accounts));
        assertTrue(phrased.contains("Mastodon: The image &lt;notes&gt;.png is not a PNG, JPEG, GIF or WebP file."), "phrased here, escaped: " + phrased);
    }

    @Test
    void aDayHeadingNamesTheDayInTheLocalesWords() {
        QueueLineRenderer r = render(new QueueRows.Line(LocalDate.of(2026, 12, 3), null, null, null));
        assertEquals("Thursday, December 3, 2026", r.head.getText());
        locale.set(Locale.UK);
        r = render(new QueueRows.Line(LocalDate.of(2026, 12, 3), null, null, null));
        assertEquals("Thursday, 3 December 2026", r.head.getText());
        locale.set(Locale.GERMANY);
        r = render(new QueueRows.Line(LocalDate.of(2026, 12, 3), null, null, null));
        assertEquals("Donnerstag, 3. Dezember 2026", r.head.getText());
    }

    @Test
    void longFirstPostsAreCutWithAnEllipsis() {
        assertEquals("one two…", QueueLineRenderer.ellipsis("one  two\nthree", 9));
        assertEquals("short", QueueLineRenderer.ellipsis(" short ", 9));
    }
}
