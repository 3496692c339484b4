package dev.gloss.desktop.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.testing.GuiTest;
import dev.gloss.threads.Platform;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview for a platform whose account wants numbering shows each post with its " n/N", as
 * it will be published, and the cards' counters count it; a platform whose account does not
 * shows and counts the text as written.
 */
@GuiTest
class PreviewNumberingGuiTest {
    @TempDir
    Path dir;

    private static volatile String state;
    private JFrame frame;
    private ComposerView view;

    @AfterEach
    void tearDown() throws Exception {
        if (frame != null) {
            SwingUtilities.invokeAndWait(() -> {
                view.dispose();
                frame.dispose();
            });
        }
    }

    @Test
    void thePreviewShowsTheNumbersTheAccountWants() throws Exception {
        Workspace ws = Workspace.openOrCreate(dir.resolve("ws")); // the demo paper and its draft thread
        ws.save(Kind.ACCOUNTS, new AccountRef("acc1", "bluesky", "https://bsky.social", "me.bsky.social").withNumbering(true));
        ws.save(Kind.ACCOUNTS, new AccountRef("acc2", "mastodon", "https://example.social", "me@example.social", null, 500));
        PostThread demo = ws.threads().get(0);
        int n = demo.posts().size();
        assertTrue(n > 1, "the demo thread has several posts");
        ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "preview numbering test autosave");
            t.setDaemon(true);
            return t;
        });
        ComposerModel model = new ComposerModel(ws, saver);
        SwingUtilities.invokeAndWait(() -> {
            view = new ComposerView(model);
            frame = new JFrame("Preview numbering GUI test");
            frame.add(view);
            frame.setBounds(40, 40, 460, 900);
            frame.setVisible(true);
            model.open(demo);
            view.tabs().setSelectedComponent(view.preview());
            view.preview().setPlatform(Platform.BLUESKY);
        });
        waitFor("the Bluesky preview", () -> onEdt(() -> (state = ws.accounts() + " " + view.preview().platform() + " "
                + view.preview().posts().stream().map(PreviewPost::shownText).toList()) != null
                && view.preview().posts().size() == n
                && view.preview().posts().get(0).shownText().endsWith(" 1/" + n)));
        List<String> shown = onEdt(() -> view.preview().posts().stream().map(PreviewPost::shownText).toList());
        for (int i = 0; i < n; i++) {
            assertEquals(demo.posts().get(i).text().stripTrailing() + " " + (i + 1) + "/" + n, shown.get(i));
        }

        // the card's counters count what each platform will get: Bluesky's with the " 2/N" its account adds
        String second = demo.posts().get(1).text();
        String blueskyCount = (second.stripTrailing() + " 2/" + n).length() + "/300";
        String mastodonCount = second.length() + "/500";
        waitFor("the second card's counters", () -> onEdt(() -> (state = counters(1).toString()) != null
                && counters(1).contains("Bluesky " + blueskyCount) && counters(1).contains("Mastodon " + mastodonCount)));

        SwingUtilities.invokeAndWait(() -> view.preview().setPlatform(Platform.MASTODON));
        waitFor("the Mastodon preview", () -> onEdt(() -> view.preview().posts().size() == n
                && !view.preview().posts().get(0).shownText().endsWith(" 1/" + n)));
        assertEquals(demo.posts().stream().map(p -> p.text()).toList(),
                onEdt(() -> view.preview().posts().stream().map(PreviewPost::shownText).toList()));
    }

    /** The counter labels of card {@code i}, as shown (on the event thread). */
    private List<String> counters(int i) {
        return view.cardList().cards().get(i).counterLabels().stream()
                .map(javax.swing.JLabel::getText).toList();
    }

    private static void waitFor(String what, Callable<Boolean> done) throws Exception {
        long end = System.nanoTime() + 15_000_000_000L;
        while (!done.call()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what + ": " + state);
            }
            Thread.sleep(50);
        }
    }

    private static <T> T onEdt(Callable<T> c) {
        AtomicReference<T> result = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    result.set(c.call());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return result.get();
    }
}
