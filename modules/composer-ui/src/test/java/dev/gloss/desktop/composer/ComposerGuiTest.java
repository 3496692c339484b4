package dev.gloss.desktop.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.core.spi.AnnotationTransfer;
import dev.gloss.testing.GuiTest;
import dev.gloss.threads.Platform;
import dev.gloss.threads.PlatformRules;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The composer in a real window: a highlight dropped on the empty composer becomes a post, text
 * typed past Bluesky's limit turns its counter red with the exact count, "Split to fit" mends it,
 * undo brings it back, the draft reaches the disk, and the preview shows the thread.
 * Screenshots go to {@code target/screenshots/}.
 */
@GuiTest
class ComposerGuiTest {
    @TempDir
    Path dir;

    private ScheduledExecutorService saver;
    private JFrame frame;
    private ComposerView view;
    private Workspace ws;

    @BeforeEach
    void setUp() throws Exception {
        ws = Workspace.open(dir);
        // daemon, never shut down: focus events after the window closes may still ask for a save
        saver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "composer test autosave");
            t.setDaemon(true);
            return t;
        });
        ComposerModel model = new ComposerModel(ws, saver);
        model.setDefaultPlatforms(List.of("x", "bluesky"));
        SwingUtilities.invokeAndWait(() -> {
            view = new ComposerView(model);
            frame = new JFrame("Composer GUI test");
            frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            frame.add(view);
            frame.setBounds(40, 40, 420, 760);
            frame.setVisible(true);
        });
    }

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
    void dropTypeOverTheLimitSplitUndoAndPreview() throws Exception {
        Paper paper = Fixtures.paper(ws, "p1", "2406.04093", null);
        Annotation highlight = Fixtures.highlight(ws, paper, 2, "Sparse features steer the model's behaviour.");
        String quote = "\u201CSparse features steer the model's behaviour.\u201D (p. 2)\nhttps://arxiv.org/abs/2406.04093";
        assertTrue(onEdt(() -> ((JLabel) view.emptyComponent().getComponent(0)).getText()).contains("No thread open"));
        assertTrue(onEdt(() -> view.emptyComponent().isShowing()), "the empty state shows first");

        // drop the highlight on the empty composer, as the annotation view's drag would
        boolean imported = onEdt(() -> {
            TransferHandler th = view.emptyComponent().getTransferHandler();
            return th.importData(new TransferHandler.TransferSupport(view.emptyComponent(),
                    new AnnotationTransfer(List.of(highlight))));
        });
        assertTrue(imported);
        waitFor("one card", () -> onEdtQuiet(() -> view.cardList().cards().size() == 1));
        javax.swing.text.JTextComponent area = onEdt(() -> view.cardList().cards().get(0).textArea());
        assertEquals(quote, onEdt(area::getText));
        PostThread thread = onEdt(() -> view.model().editor().thread());
        assertEquals("p1", thread.paperId());
        assertEquals(List.of(highlight.id()), thread.posts().get(0).sources());

        // type past the Bluesky limit: most as a paste, the last keys with real key strokes
        String more = " We test this on six open models and find the same low-rank pattern in every one of them, "
                + "which suggests the effect is not an accident of one architecture but a general property "
                + "of supervised fine-tuning at these scales.";
        SwingUtilities.invokeAndWait(() -> {
            area.requestFocusInWindow();
            area.setCaretPosition(area.getDocument().getLength());
            area.replaceSelection(more);
        });
        waitFor("focus in the post", () -> onEdtQuiet(area::isFocusOwner));
        Robot robot = new Robot();
        robot.setAutoDelay(20);
        for (int key : new int[]{KeyEvent.VK_SPACE, KeyEvent.VK_O, KeyEvent.VK_K}) {
            robot.keyPress(key);
            robot.keyRelease(key);
        }
        robot.waitForIdle();
        String expected = quote + more + " ok";
        waitFor("typed keys", () -> onEdtQuiet(() -> area.getText().equals(expected)));
        int length = PlatformRules.of(Platform.BLUESKY).count(expected);
        assertTrue(length > 300, "the text is over Bluesky's limit: " + length);
        JLabel bluesky = waitForLabel("counter.bluesky", length + "/300");
        assertEquals("Bluesky " + length + "/300", onEdt(bluesky::getText));
        assertEquals(Glyphs.red(), onEdt(bluesky::getForeground), "the counter is red over the limit");
        assertTrue(isReddish(onEdt(bluesky::getForeground)));
        JLabel x = waitForLabel("counter.x", PlatformRules.of(Platform.X).count(expected) + "/280");
        assertTrue(onEdt(() -> view.cardList().cards().get(0).fitButton().isVisible()), "Split to fit is offered");
        screenshot("composer-overflow.png");
        assertFalse(x.getText().isEmpty());

        // the draft is on disk after the typing pause, as a fresh process would read it
        waitFor("autosave", () -> Workspace.open(dir).get(Kind.THREADS, thread.id())
                .map(t -> t.posts().get(0).text().equals(expected)).orElse(false));

        // split to fit: every part within both limits; undo puts the long post back
        SwingUtilities.invokeAndWait(() -> view.cardList().cards().get(0).fitButton().doClick());
        waitFor("split", () -> onEdtQuiet(() -> view.cardList().cards().size() >= 2));
        List<String> parts = onEdt(() -> view.model().editor().thread().posts().stream().map(p -> p.text()).toList());
        for (String part : parts) {
            assertTrue(PlatformRules.of(Platform.BLUESKY).fits(part) && PlatformRules.of(Platform.X).fits(part), part);
        }
        waitForLabel("counter.bluesky", PlatformRules.of(Platform.BLUESKY).count(parts.get(0)) + "/300");
        assertEquals(Glyphs.muted(), onEdt(() -> label("counter.bluesky").getForeground()));
        screenshot("composer-split.png");
        SwingUtilities.invokeAndWait(view::undo);
        waitFor("undo", () -> onEdtQuiet(() -> view.cardList().cards().size() == 1));
        assertEquals(expected, onEdt(() -> view.cardList().cards().get(0).textArea().getText()));

        // the preview shows the post as Bluesky would, with the link coloured
        SwingUtilities.invokeAndWait(() -> {
            view.tabs().setSelectedComponent(view.preview());
            view.preview().setPlatform(Platform.BLUESKY);
        });
        waitFor("preview", () -> onEdtQuiet(() -> view.preview().posts().size() == 1));
        PreviewPost post = onEdt(() -> view.preview().posts().get(0));
        assertEquals("1/1", onEdt(() -> ((JLabel) find(post, "marker")).getText()));
        javax.swing.JTextPane pane = onEdt(() -> (javax.swing.JTextPane) find(post, "text"));
        int linkAt = expected.indexOf("https://");
        Color link = onEdt(() -> javax.swing.text.StyleConstants.getForeground(
                pane.getStyledDocument().getCharacterElement(linkAt + 3).getAttributes()));
        assertEquals(PreviewPost.linkColor(Platform.BLUESKY), link);
        screenshot("composer-preview.png");
    }

    @Test
    void aDroppedClipBringsItsPictureAndAsksForAltText() throws Exception {
        Paper paper = Fixtures.paper(ws, "p2", null, "10.1000/demo");
        Annotation clip = Fixtures.clip(ws, paper, 3);
        Annotation second = Fixtures.clip(ws, paper, 4);
        SwingUtilities.invokeAndWait(() -> view.newThread(null));
        waitFor("a card", () -> onEdtQuiet(() -> view.cardList().cards().size() == 1));
        // drop on the card list, below the (empty) first post
        boolean imported = onEdt(() -> view.cardList().getTransferHandler().importData(
                new TransferHandler.TransferSupport(view.cardList(), new AnnotationTransfer(List.of(clip)))));
        assertTrue(imported);
        waitFor("the clip's post", () -> onEdtQuiet(() -> view.cardList().cards().size() == 1
                && view.cardList().cards().get(0).textArea().getText().startsWith("Figure 2")));
        PostCard card = onEdt(() -> view.cardList().cards().get(0));
        java.awt.Component warning = onEdt(() -> find(card, "altWarning.0"));
        assertTrue(onEdt(warning::isShowing), "an image without alt text is flagged");

        javax.swing.text.JTextComponent alt = onEdt(() -> (javax.swing.text.JTextComponent) find(card, "alt.0"));
        SwingUtilities.invokeAndWait(() -> alt.setText("Bar chart of steering success by layer"));
        assertFalse(onEdt(warning::isShowing), "the flag goes once alt text is written");
        assertEquals("Bar chart of steering success by layer",
                onEdt(() -> view.model().editor().post(0).images().get(0).alt()));
        // alt text with an emoji draws it in colour, as the post does
        String withEmoji = "Bar chart \uD83D\uDCCA of steering success by layer";
        SwingUtilities.invokeAndWait(() -> alt.setText(withEmoji));
        assertTrue(dev.gloss.desktop.core.text.EmojiImages.awaitLoaded(20_000));
        Thread.sleep(300);
        java.awt.Rectangle chart = onEdt(() -> {
            java.awt.Rectangle a = alt.modelToView2D(withEmoji.indexOf("\uD83D")).getBounds();
            java.awt.Rectangle b = alt.modelToView2D(withEmoji.indexOf("\uD83D") + 2).getBounds();
            java.awt.Point p = a.getLocation();
            SwingUtilities.convertPointToScreen(p, alt);
            return new java.awt.Rectangle(p.x, p.y, Math.max(1, b.x - a.x), a.height);
        });
        assertTrue(dev.gloss.desktop.core.text.EmojiPixels.coloured(chart, dev.gloss.desktop.core.text.EmojiPixels.TINTED) >= 20,
                "the alt text's emoji in colour");
        assertEquals(withEmoji, onEdt(() -> view.model().editor().post(0).images().get(0).alt()));

        // "Add clip from the paper": the second clip, picked from the menu of the paper's clips
        SwingUtilities.invokeAndWait(() -> view.actions().chooseClip(0, card.grip()));
        AtomicReference<javax.swing.JMenuItem> item = new AtomicReference<>();
        waitFor("the clip menu", () -> onEdtQuiet(() -> {
            for (javax.swing.MenuElement m : javax.swing.MenuSelectionManager.defaultManager().getSelectedPath()) {
                if (m instanceof javax.swing.JPopupMenu popup) {
                    for (java.awt.Component c : popup.getComponents()) {
                        if (c instanceof javax.swing.JMenuItem mi && mi.getText().startsWith("p. 4")) {
                            item.set(mi);
                        }
                    }
                }
            }
            return item.get() != null;
        }));
        screenshot("composer-clips.png");
        SwingUtilities.invokeAndWait(() -> {
            item.get().doClick();
            javax.swing.MenuSelectionManager.defaultManager().clearSelectedPath();
        });
        waitFor("two images", () -> onEdtQuiet(() -> view.model().editor().post(0).images().size() == 2));
        assertEquals(second.clip(), onEdt(() -> view.model().editor().post(0).images().get(1).file()));
        waitFor("two image rows", () -> onEdtQuiet(() -> find(view.cardList().cards().get(0), "alt.1") != null));
        screenshot("composer-images.png");
    }

    @Test
    void droppingAQuoteIntoAPublishedThreadWarnsAndOffersANewThread() throws Exception {
        Paper paper = Fixtures.paper(ws, "p3", "2406.04093", null);
        ws.save(Kind.ACCOUNTS, new dev.gloss.workspace.AccountRef("acc", "bluesky", "https://bsky.social", "reader.test"));
        PostThread out = ws.save(Kind.THREADS, new PostThread("t-out", "Sparse features, a thread", List.of("bluesky"), "p3",
                List.of(dev.gloss.workspace.Post.of("one"), dev.gloss.workspace.Post.of("two"),
                        dev.gloss.workspace.Post.of("three"), dev.gloss.workspace.Post.of("four")),
                java.time.Instant.now(), java.time.Instant.now()));
        // three of the four posts went out before the server failed
        List<dev.gloss.workspace.PublishedPost> posted = List.of(post(0), post(1), post(2),
                new dev.gloss.workspace.PublishedPost(3, "k3", null, null, null));
        ws.save(Kind.QUEUE, new dev.gloss.workspace.QueueEntry("q-out", "t-out", java.time.Instant.now(), "UTC", List.of(
                new dev.gloss.workspace.QueueTarget("bluesky", "acc", dev.gloss.workspace.QueueState.FAILED, null, null, posted, 1,
                        "The server did not answer.", null, java.time.Instant.now())), java.time.Instant.now(), java.time.Instant.now()));
        Annotation first = Fixtures.highlight(ws, paper, 2, "Sparse features steer the model's behaviour.");
        SwingUtilities.invokeAndWait(() -> view.model().open(out));
        waitFor("four cards", () -> onEdtQuiet(() -> view.cardList().cards().size() == 4));

        // the drop asks first; the first offer is a new thread with the quote
        drop(first);
        javax.swing.JDialog warning = waitForDialog("Already Published");
        String text = onEdt(() -> texts(warning));
        assertTrue(text.contains("3 of 4 posts are out as reader.test on Bluesky"), text);
        screenshot(warning, "composer-published-warning.png");
        SwingUtilities.invokeAndWait(() -> ((javax.swing.AbstractButton) find(warning, "published.newThread")).doClick());
        waitFor("a new thread with the quote", () -> onEdtQuiet(() -> view.model().editor() != null
                && !"t-out".equals(view.model().editor().thread().id())
                && view.model().editor().thread().posts().stream().anyMatch(p -> p.sources().contains(first.id()))));
        assertEquals("p3", onEdt(() -> view.model().editor().thread().paperId()));
        assertEquals(4, Workspace.open(dir).get(Kind.THREADS, "t-out").orElseThrow().posts().size(), "the published thread is untouched");

        // or added anyway: it goes out with the rest on a retry
        SwingUtilities.invokeAndWait(() -> view.model().open(Workspace.open(dir).get(Kind.THREADS, "t-out").orElseThrow()));
        waitFor("four cards", () -> onEdtQuiet(() -> view.cardList().cards().size() == 4));
        drop(first);
        javax.swing.JDialog again = waitForDialog("Already Published");
        SwingUtilities.invokeAndWait(() -> ((javax.swing.AbstractButton) find(again, "published.add")).doClick());
        waitFor("the quote added to the thread", () -> onEdtQuiet(() -> view.model().editor().size() == 5
                && "t-out".equals(view.model().editor().thread().id())));

        // a thread with nothing out yet takes the drop without a question
        SwingUtilities.invokeAndWait(() -> view.newThread(null));
        drop(first);
        waitFor("the quote in the new thread", () -> onEdtQuiet(() -> view.model().editor().thread().posts().stream()
                .anyMatch(p -> p.sources().contains(first.id()))));
        assertTrue(onEdt(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .noneMatch(w -> w.isShowing() && w instanceof javax.swing.JDialog d && "Already Published".equals(d.getTitle()))));
    }

    @Test
    void postsShowAFewLinesUntilTheKeyboardIsInThem() throws Exception {
        String longText = "A long post that goes on and on about the weight update and where it lives in the network. ".repeat(8);
        PostThread t = ws.save(Kind.THREADS, new PostThread("t-long", "Long", List.of("bluesky"), null,
                List.of(dev.gloss.workspace.Post.of(longText), dev.gloss.workspace.Post.of("Short.")),
                java.time.Instant.now(), java.time.Instant.now()));
        SwingUtilities.invokeAndWait(() -> view.model().open(t));
        waitFor("two cards", () -> onEdtQuiet(() -> view.cardList().cards().size() == 2));
        PostCard first = onEdt(() -> view.cardList().cards().get(0));
        PostCard second = onEdt(() -> view.cardList().cards().get(1));
        SwingUtilities.invokeAndWait(() -> second.textArea().requestFocusInWindow());
        waitFor("the short post focused", () -> onEdtQuiet(() -> second.expanded() && !first.expanded()));
        waitFor("the long post cut to a few lines", () -> onEdtQuiet(() -> first.moreLinesMarker() != null
                && first.textArea().getHeight() <= PostCard.COLLAPSED_LINES * first.textArea().getFontMetrics(first.textArea().getFont()).getHeight()
                        + first.moreLinesMarker().height + 12));
        // the "+N lines" marker sits under the last line shown: it covers none of its text
        java.awt.Rectangle marker = onEdt(first::moreLinesMarker);
        java.awt.Rectangle lastLine = onEdt(() -> {
            javax.swing.JTextPane a = first.textArea();
            int row = a.getFontMetrics(a.getFont()).getHeight();
            int end = a.viewToModel2D(new java.awt.Point(a.getWidth() - 1, a.getInsets().top + PostCard.COLLAPSED_LINES * row - row / 2));
            java.awt.Rectangle start = a.modelToView2D(javax.swing.text.Utilities.getRowStart(a, end)).getBounds();
            java.awt.Rectangle stop = a.modelToView2D(javax.swing.text.Utilities.getRowEnd(a, end)).getBounds();
            return start.union(stop);
        });
        assertTrue(marker.y >= lastLine.y + lastLine.height, "the marker " + marker + " is under the last line shown " + lastLine);
        assertTrue(marker.y + marker.height <= onEdt(() -> first.textArea().getHeight()), "the marker is inside the post");
        int collapsed = onEdt(first::getHeight);
        assertFalse(onEdt(() -> first.counterLabels().isEmpty()), "its counters still show");
        screenshot("composer-collapsed.png");

        SwingUtilities.invokeAndWait(() -> first.textArea().requestFocusInWindow());
        waitFor("the long post whole while it has the keyboard", () -> onEdtQuiet(() -> first.expanded() && first.getHeight() > collapsed + 40));
        assertEquals(longText, onEdt(() -> first.textArea().getText()), "cutting the view never cuts the text");
    }

    private static dev.gloss.workspace.PublishedPost post(int i) {
        return new dev.gloss.workspace.PublishedPost(i, "k" + i, "at://did:plc:x/app.bsky.feed.post/k" + i, "cid" + i,
                "https://bsky.app/profile/reader.test/post/k" + i);
    }

    private void drop(Annotation a) throws Exception {
        assertTrue(onEdt(() -> view.cardList().getTransferHandler().importData(
                new TransferHandler.TransferSupport(view.cardList(), new AnnotationTransfer(List.of(a))))));
    }

    private static javax.swing.JDialog waitForDialog(String title) throws Exception {
        AtomicReference<javax.swing.JDialog> found = new AtomicReference<>();
        waitFor("the dialog " + title, () -> onEdtQuiet(() -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w instanceof javax.swing.JDialog d && d.isShowing() && title.equals(d.getTitle())) {
                    found.set(d);
                    return true;
                }
            }
            return false;
        }));
        return found.get();
    }

    /** Every text shown in {@code root}, for reading a message. */
    private static String texts(java.awt.Container root) {
        StringBuilder b = new StringBuilder();
        for (java.awt.Component c : root.getComponents()) {
            if (c instanceof JLabel l && l.getText() != null) {
                b.append(l.getText()).append(' ');
            } else if (c instanceof javax.swing.text.JTextComponent t) {
                b.append(t.getText()).append(' ');
            }
            if (c instanceof java.awt.Container k) {
                b.append(texts(k));
            }
        }
        return b.toString().replaceAll("\\s+", " ");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private JLabel label(String name) {
        for (JLabel l : view.cardList().cards().get(0).counterLabels()) {
            if (name.equals(l.getName())) {
                return l;
            }
        }
        return null;
    }

    private JLabel waitForLabel(String name, String suffix) throws Exception {
        AtomicReference<JLabel> found = new AtomicReference<>();
        waitFor(name + " ending in " + suffix, () -> onEdtQuiet(() -> {
            JLabel l = label(name);
            found.set(l);
            return l != null && l.getText().endsWith(" " + suffix);
        }));
        return found.get();
    }

    private static java.awt.Component find(java.awt.Container root, String name) {
        for (java.awt.Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof java.awt.Container k) {
                java.awt.Component inner = find(k, name);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static boolean isReddish(Color c) {
        return c.getRed() > 150 && c.getRed() > c.getGreen() * 1.5 && c.getRed() > c.getBlue() * 1.5;
    }

    private void screenshot(String name) throws Exception {
        screenshot(frame, name);
    }

    private static void screenshot(java.awt.Window window, String name) throws Exception {
        SwingUtilities.invokeAndWait(() -> { });
        new Robot().waitForIdle();
        Rectangle r = onEdt(() -> new Rectangle(window.getLocationOnScreen(), window.getSize()));
        BufferedImage img = new Robot().createScreenCapture(r);
        Path out = Path.of(System.getProperty("gloss.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        ImageIO.write(img, "png", out.resolve(name).toFile());
    }

    private static <T> T onEdt(Callable<T> c) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(c.call());
            } catch (Exception e) {
                error.set(e);
            }
        });
        if (error.get() != null) {
            throw error.get();
        }
        return result.get();
    }

    private static boolean onEdtQuiet(Callable<Boolean> c) {
        try {
            return onEdt(c);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Waits (generously: this is not a speed test) until {@code condition} holds. */
    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
