package dev.gloss.desktop.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.core.text.EmojiImages;
import dev.gloss.desktop.core.text.EmojiPixels;
import dev.gloss.testing.GuiTest;
import dev.gloss.threads.Platform;
import dev.gloss.workspace.Workspace;
import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.KeyEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JTextPane;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Emoji in the composer on a machine with no emoji font (issue 25): a ZWJ family, a flag and a
 * skin tone pasted into a post, a thread and a microscope typed by their short names, each drawn
 * in colour in the post's editor and in the Bluesky preview, and counted as one character each;
 * a flag in the thread's title in colour too.
 */
@GuiTest
class ComposerEmojiGuiTest {
    private static final String FAMILY = "👨‍👩‍👧";
    private static final String FLAG = "🇩🇪";
    private static final String THUMB = "👍🏽";

    @TempDir
    Path dir;
    private JFrame frame;
    private ComposerView view;

    @BeforeEach
    void setUp() throws Exception {
        assertTrue(EmojiImages.awaitLoaded(20_000));
        Workspace ws = Workspace.open(dir);
        ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "composer emoji test autosave");
            t.setDaemon(true);
            return t;
        });
        ComposerModel model = new ComposerModel(ws, saver);
        model.setDefaultPlatforms(List.of("bluesky"));
        SwingUtilities.invokeAndWait(() -> {
            view = new ComposerView(model);
            frame = new JFrame("Composer emoji GUI test");
            frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            frame.add(view);
            frame.setBounds(40, 40, 460, 700);
            frame.setVisible(true);
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            view.dispose();
            frame.dispose();
        });
    }

    @Test
    void pastedAndTypedEmojiAreColouredInThePostAndThePreview() throws Exception {
        SwingUtilities.invokeAndWait(() -> view.newThread(null));
        waitFor("a card", () -> onEdt(() -> view.cardList().cards().size() == 1));
        JTextComponent area = onEdt(() -> view.cardList().cards().get(0).textArea());
        SwingUtilities.invokeAndWait(area::requestFocusInWindow);
        waitFor("the keyboard in the post", () -> onEdt(area::isFocusOwner));

        String pasted = "Family " + FAMILY + " flag " + FLAG + " tone " + THUMB;
        SwingUtilities.invokeAndWait(() -> Toolkit.getDefaultToolkit().getSystemClipboard()
                .setContents(new StringSelection(pasted), null));
        Robot robot = new Robot();
        robot.setAutoDelay(25);
        press(robot, KeyEvent.VK_V, KeyEvent.VK_CONTROL);
        waitFor("the paste", () -> onEdt(area::getText).equals(pasted));
        press(robot, KeyEvent.VK_SPACE);
        press(robot, KeyEvent.VK_SEMICOLON, KeyEvent.VK_SHIFT);
        for (char c : "thread".toCharArray()) {
            press(robot, KeyEvent.getExtendedKeyCodeForChar(c));
        }
        press(robot, KeyEvent.VK_SEMICOLON, KeyEvent.VK_SHIFT);
        String expected = pasted + " 🧵";
        waitFor("the thread emoji by its short name", () -> onEdt(area::getText).equals(expected));
        waitFor("saved in the model", () -> onEdt(() -> view.model().editor().thread().posts().get(0).text()).equals(expected));
        // one character each, as Bluesky counts: "Family " 7 + 1 + " flag " 6 + 1 + " tone " 6 + 1 + " " 1 + 1
        int count = dev.gloss.threads.PlatformRules.of(Platform.BLUESKY).count(expected);
        assertEquals(24, count);
        waitFor("the count", () -> onEdt(() -> view.cardList().cards().get(0).counterLabels().stream()
                .anyMatch(l -> l.getText().contains(count + "/300"))));

        press(robot, KeyEvent.VK_END);
        shot("composer-emoji-post.png");
        for (String e : new String[] {FAMILY, FLAG, THUMB}) {
            assertTrue(colouredAt(area, expected, e, EmojiPixels.VIVID) >= 20, e + " in colour in the post");
        }
        assertTrue(colouredAt(area, expected, "🧵", EmojiPixels.TINTED) >= 20, "🧵 in colour in the post");

        SwingUtilities.invokeAndWait(() -> {
            view.tabs().setSelectedComponent(view.preview());
            view.preview().setPlatform(Platform.BLUESKY);
        });
        waitFor("the preview", () -> onEdt(() -> view.preview().posts().size() == 1));
        JTextPane previewText = onEdt(() -> (JTextPane) find(view.preview().posts().get(0), "text"));
        waitFor("the preview's text", () -> onEdt(previewText::getText).equals(expected));
        waitFor("the preview laid out", () -> onEdt(() -> previewText.isShowing() && previewText.getHeight() > 0));
        Thread.sleep(500);
        shot("composer-emoji-preview.png");
        for (String e : new String[] {FAMILY, FLAG, THUMB}) {
            assertTrue(colouredAt(previewText, expected, e, EmojiPixels.VIVID) >= 20, e + " in colour in the preview");
        }

        // the thread's title, typed above the posts, draws its emoji too
        JTextComponent title = onEdt(() -> view.header().titleField());
        String titled = "Week 12 " + FLAG;
        SwingUtilities.invokeAndWait(() -> title.setText(titled));
        waitFor("the title saved", () -> onEdt(() -> titled.equals(view.model().editor().thread().title())));
        Thread.sleep(300);
        assertTrue(colouredAt(title, titled, FLAG, EmojiPixels.VIVID) >= 20, "the flag in colour in the title");
    }

    /** Coloured pixels on the screen where {@code emoji} is drawn in {@code c}. */
    private static int colouredAt(JTextComponent c, String text, String emoji, int spread) throws Exception {
        int at = text.indexOf(emoji);
        Rectangle r = onEdt(() -> {
            Rectangle a = c.modelToView2D(at).getBounds();
            Rectangle b = c.modelToView2D(at + emoji.length()).getBounds();
            Rectangle s = new Rectangle(a.x, a.y, Math.max(1, b.x - a.x), a.height);
            Point p = s.getLocation();
            SwingUtilities.convertPointToScreen(p, c);
            s.setLocation(p);
            return s;
        });
        assertTrue(r.width <= r.height + 4, emoji + " takes one emoji's room: " + r);
        return EmojiPixels.coloured(r, spread);
    }

    private static void press(Robot robot, int key, int... modifiers) throws InterruptedException {
        for (int m : modifiers) {
            robot.keyPress(m);
        }
        robot.keyPress(key);
        robot.keyRelease(key);
        for (int m : modifiers) {
            robot.keyRelease(m);
        }
        robot.waitForIdle();
        Thread.sleep(30);
    }

    private void shot(String name) throws Exception {
        Thread.sleep(300);
        File out = new File(System.getProperty("gloss.screenshots", "target/screenshots"));
        out.mkdirs();
        Rectangle bounds = onEdt(() -> new Rectangle(frame.getLocationOnScreen(), frame.getSize()));
        ImageIO.write(new Robot().createScreenCapture(bounds), "png", new File(out, name));
    }

    private static Component find(Component root, String name) {
        if (name.equals(root.getName()) && root instanceof JTextPane) {
            return root;
        }
        if (root instanceof Container k) {
            for (Component child : k.getComponents()) {
                Component f = find(child, name);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static void waitFor(String what, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + 15_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    private static <T> T onEdt(Callable<T> c) {
        AtomicReference<T> r = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    r.set(c.call());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return r.get();
    }
}
