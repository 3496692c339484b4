package dev.gloss.desktop.core.text;

import static dev.gloss.desktop.core.Gui.key;
import static dev.gloss.desktop.core.Gui.onEdt;
import static dev.gloss.desktop.core.Gui.screenshot;
import static dev.gloss.desktop.core.Gui.type;
import static dev.gloss.desktop.core.Gui.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.testing.GuiTest;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.GridLayout;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.StringSelection;
import java.awt.event.InputMethodEvent;
import java.awt.event.KeyEvent;
import java.awt.font.TextHitInfo;
import java.text.AttributedString;
import java.util.Arrays;
import javax.swing.JFrame;
import javax.swing.JTextPane;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Emoji in a real editor on a machine with no emoji font: pasted (a ZWJ family, a flag, a skin
 * tone), typed through an input method, by short name and with the picker, each is drawn in
 * colour where the text is, while a plain pane beside it shows the JDK's empty boxes; the caret
 * and Backspace take a family as one; garbled text pasted is offered repaired, never repaired
 * silently.
 */
@GuiTest
class TextEditingGuiTest {
    private static final String FAMILY = "👨‍👩‍👧";
    private static final String FLAG = "🇩🇪";
    private static final String THUMB = "👍🏽";

    private JFrame frame;
    private JTextPane editor;
    private JTextPane plain;

    @BeforeAll
    static void images() throws Exception {
        assertTrue(EmojiImages.awaitLoaded(20_000), "the emoji sheet is read");
        // the point of it all: Java draws no emoji here (no emoji font, or none it can colour)
        assertTrue(Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .noneMatch(f -> f.toLowerCase(java.util.Locale.ROOT).contains("color emoji")), "a colour emoji font is installed");
    }

    @BeforeEach
    void setUp() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            editor = TextEditing.editor();
            editor.setName("editor");
            plain = new JTextPane();
            plain.setFont(editor.getFont());
            frame = new JFrame("Text editing GUI test");
            frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            frame.setLayout(new GridLayout(2, 1, 0, 8));
            frame.add(editor);
            frame.add(plain);
            frame.setBounds(60, 60, 520, 300);
            frame.setVisible(true);
        });
        waitFor(() -> onEdt(() -> editor.isShowing()), "the window");
        SwingUtilities.invokeAndWait(editor::requestFocusInWindow);
        waitFor(() -> onEdt(editor::isFocusOwner), "the editor to have the keyboard");
    }

    @AfterEach
    void tearDown() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            for (Window w : Window.getWindows()) {
                w.dispose();
            }
        });
    }

    private static void paste(String text) throws Exception {
        SwingUtilities.invokeAndWait(() -> Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(text), null));
        key(KeyEvent.VK_V, KeyEvent.VK_CONTROL);
    }

    /** The screen rectangle of text[start, end) in {@code c}. */
    static Rectangle onScreen(JTextPane c, int start, int end) {
        return onEdt(() -> {
            Rectangle a = c.modelToView2D(start).getBounds();
            Rectangle b = c.modelToView2D(end).getBounds();
            Rectangle r = new Rectangle(a.x, a.y, Math.max(1, b.x - a.x), a.height);
            Point p = r.getLocation();
            SwingUtilities.convertPointToScreen(p, c);
            r.setLocation(p);
            return r;
        });
    }

    /** Coloured pixels where {@code emoji} (the first occurrence) is drawn in {@code c}. */
    static int colouredAt(JTextPane c, String emoji) throws Exception {
        return colouredAt(c, emoji, EmojiPixels.VIVID);
    }

    static int colouredAt(JTextPane c, String emoji, int spread) throws Exception {
        String text = onEdt(c::getText);
        int at = text.indexOf(emoji);
        assertTrue(at >= 0, emoji + " in " + text);
        Rectangle r = onScreen(c, at, at + emoji.length());
        onEdt(() -> {
            c.repaint();
            return null;
        });
        Thread.sleep(200);
        return EmojiPixels.coloured(r, spread);
    }

    @Test
    void pastedEmojiAreDrawnInColourWhereThePlainPaneHasBoxes() throws Exception {
        String line = "Family " + FAMILY + " flag " + FLAG + " tone " + THUMB + " end";
        paste(line);
        waitFor(() -> onEdt(editor::getText).equals(line), "the paste");
        SwingUtilities.invokeAndWait(() -> plain.setText(line));
        key(KeyEvent.VK_END);
        screenshot(frame.getBounds(), "emoji-editor-paste.png");
        for (String e : new String[] {FAMILY, FLAG, THUMB}) {
            int editorColour = colouredAt(editor, e);
            int plainColour = colouredAt(plain, e, EmojiPixels.TINTED);
            assertTrue(editorColour >= 20, e + " is drawn in colour in the editor: " + editorColour + " coloured pixels");
            assertEquals(0, plainColour, e + " has no colour in a plain pane on this machine");
            Rectangle r = onScreen(editor, line.indexOf(e), line.indexOf(e) + e.length());
            assertTrue(r.width <= r.height + 4, e + " takes one emoji's room, not one box per code point: " + r);
        }
        assertNull(PasteRepair.offerPanel(editor), "clean text is not offered any repair");
    }

    @Test
    void theCaretAndBackspaceTakeAFamilyAsOne() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            editor.setText("a" + FAMILY + "b");
            editor.setCaretPosition(1);
        });
        key(KeyEvent.VK_RIGHT);
        assertEquals(1 + FAMILY.length(), (int) onEdt(editor::getCaretPosition), "one step over the family");
        key(KeyEvent.VK_LEFT);
        assertEquals(1, (int) onEdt(editor::getCaretPosition));
        key(KeyEvent.VK_RIGHT, KeyEvent.VK_SHIFT);
        assertEquals(FAMILY, onEdt(editor::getSelectedText), "Shift+Right selects the whole family");
        SwingUtilities.invokeAndWait(() -> editor.setCaretPosition(1 + FAMILY.length()));
        key(KeyEvent.VK_BACK_SPACE);
        assertEquals("ab", onEdt(editor::getText), "Backspace deletes the family at once");
        SwingUtilities.invokeAndWait(() -> {
            editor.setText("a" + THUMB + "b");
            editor.setCaretPosition(1);
        });
        key(KeyEvent.VK_DELETE);
        assertEquals("ab", onEdt(editor::getText), "Delete takes the skin tone with its hand");
        // a click in the right half of the emoji puts the caret after it
        SwingUtilities.invokeAndWait(() -> editor.setText("x" + FLAG + "y"));
        Rectangle r = onEdt(() -> editor.modelToView2D(1).getBounds().union(editor.modelToView2D(1 + FLAG.length()).getBounds()));
        int hit = onEdt(() -> editor.viewToModel2D(new java.awt.geom.Point2D.Double(r.x + r.width * 0.8, r.y + r.height / 2.0)));
        assertEquals(1 + FLAG.length(), hit);
    }

    @Test
    void typedThroughAnInputMethodByShortNameAndWithThePicker() throws Exception {
        // an input method (the desktop's emoji keyboard) commits a whole sequence at once
        SwingUtilities.invokeAndWait(() -> {
            AttributedString committed = new AttributedString(FAMILY);
            editor.dispatchEvent(new InputMethodEvent(editor, InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                    committed.getIterator(), FAMILY.length(), TextHitInfo.leading(0), null));
        });
        waitFor(() -> onEdt(editor::getText).equals(FAMILY), "the committed text: " + onEdt(editor::getText));
        key(KeyEvent.VK_SPACE);
        key(KeyEvent.VK_SEMICOLON, KeyEvent.VK_SHIFT);
        type("thread");
        key(KeyEvent.VK_SEMICOLON, KeyEvent.VK_SHIFT);
        waitFor(() -> onEdt(editor::getText).equals(FAMILY + " 🧵"), ":thread: becomes its emoji: " + onEdt(editor::getText));
        key(KeyEvent.VK_SPACE);
        key(KeyEvent.VK_SEMICOLON, KeyEvent.VK_SHIFT);
        type("microsc");
        waitFor(() -> onEdt(() -> ShortcodeCompletion.shownList(editor) != null), "the completion list");
        assertEquals("🔬", onEdt(() -> ShortcodeCompletion.shownList(editor).getSelectedValue().text()));
        screenshot(frame.getBounds().union(onEdt(() -> {
            Component l = ShortcodeCompletion.shownList(editor);
            return new Rectangle(l.getLocationOnScreen(), l.getSize());
        })), "emoji-shortcode-completion.png");
        key(KeyEvent.VK_ENTER);
        waitFor(() -> onEdt(editor::getText).equals(FAMILY + " 🧵 🔬"), "Enter takes the completion: " + onEdt(editor::getText));
        key(KeyEvent.VK_SPACE);
        key(KeyEvent.VK_PERIOD, KeyEvent.VK_CONTROL);
        waitFor(() -> onEdt(() -> Arrays.stream(Window.getWindows())
                .anyMatch(w -> w.isShowing() && "emoji.picker".equals(w.getName()))), "the picker");
        type("robot");
        Thread.sleep(300);
        Window picker = onEdt(() -> Arrays.stream(Window.getWindows())
                .filter(w -> w.isShowing() && "emoji.picker".equals(w.getName())).findFirst().orElseThrow());
        screenshot(picker.getBounds(), "emoji-picker.png");
        key(KeyEvent.VK_ENTER);
        waitFor(() -> onEdt(editor::getText).equals(FAMILY + " 🧵 🔬 🤖"), "the picker inserts: " + onEdt(editor::getText));
        waitFor(() -> onEdt(editor::isFocusOwner), "the keyboard back in the text");
        for (String e : new String[] {FAMILY, "🧵", "🔬", "🤖"}) {
            assertTrue(colouredAt(editor, e, EmojiPixels.TINTED) >= 20, e + " in colour");
        }
    }

    @Test
    void garbledPasteIsOfferedRepairedInOneClick() throws Exception {
        String archived = "\u03C0\u0178\"\u00AC This week's #ResearchMonday";
        paste(archived);
        waitFor(() -> onEdt(() -> PasteRepair.offerPanel(editor) != null), "the repair offer");
        assertEquals(archived, onEdt(editor::getText), "nothing repaired silently");
        screenshot(frame.getBounds().union(onEdt(() -> {
            Component p = PasteRepair.offerPanel(editor);
            return new Rectangle(p.getLocationOnScreen(), p.getSize());
        })), "paste-repair-offer.png");
        javax.swing.JButton fix = onEdt(() -> (javax.swing.JButton) find(PasteRepair.offerPanel(editor), "repair.fix"));
        assertEquals("Fix text encoding", onEdt(fix::getText));
        Point p = onEdt(() -> {
            Point q = new Point(fix.getWidth() / 2, fix.getHeight() / 2);
            SwingUtilities.convertPointToScreen(q, fix);
            return q;
        });
        java.awt.Robot robot = new java.awt.Robot();
        robot.mouseMove(p.x, p.y);
        robot.mousePress(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        waitFor(() -> onEdt(editor::getText).equals("🔬 This week's #ResearchMonday"), "one click repairs: " + onEdt(editor::getText));
        assertNull(onEdt(() -> PasteRepair.offerPanel(editor)));
        assertTrue(onEdt(editor::isFocusOwner), "the keyboard stayed in the text");
        assertTrue(colouredAt(editor, "🔬", EmojiPixels.TINTED) >= 20);

        // Esc keeps it as pasted; from the keyboard Alt+Enter repairs
        SwingUtilities.invokeAndWait(() -> editor.setText(""));
        paste(archived);
        waitFor(() -> onEdt(() -> PasteRepair.offerPanel(editor) != null), "the offer again");
        key(KeyEvent.VK_ESCAPE);
        assertNull(onEdt(() -> PasteRepair.offerPanel(editor)));
        assertEquals(archived, onEdt(editor::getText));
        SwingUtilities.invokeAndWait(() -> editor.setText(""));
        paste("a ﬁne exam-\nple");
        waitFor(() -> onEdt(() -> PasteRepair.offerPanel(editor) != null), "the offer for PDF text");
        key(KeyEvent.VK_ENTER, KeyEvent.VK_ALT);
        waitFor(() -> onEdt(editor::getText).equals("a fine example"), "Alt+Enter repairs: " + onEdt(editor::getText));
        assertNotNull(editor);
    }

    private static Component find(Component root, String name) {
        if (name.equals(root.getName())) {
            return root;
        }
        if (root instanceof java.awt.Container c) {
            for (Component child : c.getComponents()) {
                Component f = find(child, name);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }
}
