package dev.gloss.desktop.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.testing.GuiTest;
import dev.gloss.threads.Platform;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Robot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview shows the link card Bluesky will show for the paper (title, site, description and
 * the thumbnail drawn from the first page), on the post that links to the paper and only there;
 * previewing keeps the workspace as it was. The screenshot goes to {@code target/screenshots/}.
 */
@GuiTest
class PreviewCardGuiTest {
    @TempDir
    Path dir;

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
    void theBlueskyPreviewShowsThePapersCard() throws Exception {
        Workspace ws = Workspace.openOrCreate(dir.resolve("ws")); // the demo paper and its draft thread
        PostThread demo = ws.threads().get(0);
        Paper paper = ws.paper(demo.paperId()).orElseThrow();
        ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "preview test autosave");
            t.setDaemon(true);
            return t;
        });
        ComposerModel model = new ComposerModel(ws, saver);
        SwingUtilities.invokeAndWait(() -> {
            view = new ComposerView(model);
            frame = new JFrame("Preview card GUI test");
            frame.add(view);
            frame.setBounds(40, 40, 460, 900);
            frame.setVisible(true);
            model.open(demo);
            view.tabs().setSelectedComponent(view.preview());
            view.preview().setPlatform(Platform.BLUESKY);
        });
        waitFor("the card", () -> onEdt(() -> (state = view.preview().platform() + " " + view.preview().posts().size()
                + " " + view.preview().posts().stream().map(x -> x.card() != null).toList()) != null
                && view.preview().posts().size() == demo.posts().size()
                && view.preview().posts().get(0).card() != null));
        PreviewPost.LinkCard card = onEdt(() -> view.preview().posts().get(0).card());
        assertEquals(paper.title(), card.card().title());
        assertEquals("https://arxiv.org/abs/" + paper.arxivId().replaceFirst("v\\d+$", ""), card.card().uri());
        JLabel thumb = onEdt(() -> (JLabel) find(card, "card.thumb"));
        assertNotNull(thumb, "the card shows the first page");
        assertTrue(onEdt(() -> thumb.getIcon().getIconWidth()) >= 300);
        assertTrue(onEdt(() -> ((JLabel) find(card, "card.text")).getText()).contains(paper.title()));
        for (int i = 1; i < demo.posts().size(); i++) {
            int k = i;
            assertNull(onEdt(() -> view.preview().posts().get(k).card()), "only the post with the paper's link has the card");
        }
        assertTrue(!Files.exists(dev.gloss.publish.CardImage.file(ws, paper.id())), "previewing wrote nothing");
        screenshot("composer-preview-card.png");
        // Mastodon makes its own preview from the page: no card drawn for it
        SwingUtilities.invokeAndWait(() -> view.preview().setPlatform(Platform.MASTODON));
        waitFor("the Mastodon preview", () -> onEdt(() -> view.preview().posts().size() == demo.posts().size()
                && view.preview().posts().get(0).card() == null));
    }

    private static Component find(Container c, String name) {
        for (Component k : c.getComponents()) {
            if (name.equals(k.getName())) {
                return k;
            }
            if (k instanceof Container kc) {
                Component f = find(kc, name);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private void screenshot(String name) throws Exception {
        SwingUtilities.invokeAndWait(() -> { });
        new Robot().waitForIdle();
        Thread.sleep(200);
        Rectangle r = onEdt(() -> new Rectangle(frame.getLocationOnScreen(), frame.getSize()));
        Path out = Path.of(System.getProperty("gloss.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        ImageIO.write(new Robot().createScreenCapture(r), "png", out.resolve(name).toFile());
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

    private interface Check {
        boolean ok();
    }

    static volatile String state = "";

    private static void waitFor(String what, Check condition) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!condition.ok()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("gave up waiting for " + what + " (" + state + ")");
            }
            Thread.sleep(50);
        }
    }
}
