package dev.gloss.desktop.core.text;

import static dev.gloss.desktop.core.Gui.onEdt;
import static dev.gloss.desktop.core.Gui.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.core.Gui;
import dev.gloss.testing.GuiTest;
import java.awt.FlowLayout;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A field for short texts that hold emoji (a paper's title, an image's alt text), in a real
 * window with no emoji font: the emoji are drawn in colour where a text field draws none, Enter
 * presses the default button, Tab moves on, a pasted line break becomes a space, and a long
 * title wraps within the field's width instead of widening the window.
 */
@GuiTest
class EmojiFieldGuiTest {
    private static final String TITLE = "Attention \uD83C\uDF89 is all you need \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    private JFrame frame;
    private EmojiField field;
    private JTextField plain;
    private final AtomicInteger pressed = new AtomicInteger();

    @BeforeEach
    void show() throws Exception {
        assertTrue(EmojiImages.awaitLoaded(20_000), "the emoji sheet is read");
        SwingUtilities.invokeAndWait(() -> {
            frame = new JFrame("emoji field");
            frame.setLayout(new FlowLayout(FlowLayout.LEADING));
            field = new EmojiField(TITLE, 36, 1);
            plain = new JTextField(TITLE, 36);
            JButton ok = new JButton("OK");
            ok.addActionListener(e -> pressed.incrementAndGet());
            frame.add(field);
            frame.add(plain);
            frame.add(ok);
            frame.getRootPane().setDefaultButton(ok);
            frame.setBounds(60, 60, 900, 200);
            frame.setVisible(true);
        });
        waitFor(() -> onEdt(() -> field.isShowing() && field.getHeight() > 0), "the field on screen");
    }

    @AfterEach
    void close() throws Exception {
        SwingUtilities.invokeAndWait(frame::dispose);
    }

    @Test
    void emojiAreColouredAndTheFieldBehavesLikeOne() throws Exception {
        Thread.sleep(300);
        Gui.screenshot(onEdt(frame::getBounds), "emoji-field.png");
        assertTrue(colouredAt(field, "\uD83C\uDF89") >= 20, "🎉 in colour in the field");
        assertTrue(colouredAt(field, "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67") >= 20, "the family in colour, as one emoji");
        assertEquals(0, EmojiPixels.coloured(screen(plain, new Rectangle(plain.getSize())), EmojiPixels.VIVID),
                "a text field draws none on this machine");
        int lineHigh = onEdt(() -> field.getHeight());

        SwingUtilities.invokeAndWait(field::requestFocusInWindow);
        waitFor(() -> onEdt(field::isFocusOwner), "the keyboard in the field");
        Gui.key(KeyEvent.VK_ENTER);
        waitFor(() -> pressed.get() == 1, "Enter pressing the default button");
        assertEquals(TITLE, onEdt(field::getText), "Enter typed no line break");

        SwingUtilities.invokeAndWait(() -> {
            field.setCaretPosition(field.getDocument().getLength());
            field.replaceSelection(" (pasted\nover two lines)");
        });
        assertEquals(TITLE + " (pasted over two lines)", onEdt(field::getText));

        Gui.key(KeyEvent.VK_TAB);
        waitFor(() -> onEdt(plain::isFocusOwner), "Tab moving to the next field");

        // a long title wraps within the width the columns ask for: the field grows down, not across
        int width = onEdt(() -> field.getPreferredSize().width);
        SwingUtilities.invokeAndWait(() -> {
            field.setText(TITLE + " and then some more words about the weight update and where it lives in the network");
            frame.revalidate();
        });
        waitFor(() -> onEdt(() -> field.getHeight() > lineHigh), "the long title on two lines");
        assertEquals(width, onEdt(() -> field.getPreferredSize().width), "no wider");
    }

    private static int colouredAt(JTextComponent c, String emoji) throws Exception {
        int at = onEdt(c::getText).indexOf(emoji);
        Rectangle r = onEdt(() -> {
            Rectangle a = c.modelToView2D(at).getBounds();
            Rectangle b = c.modelToView2D(at + emoji.length()).getBounds();
            return new Rectangle(a.x, a.y, Math.max(1, b.x - a.x), a.height);
        });
        assertTrue(r.width <= r.height + 4, emoji + " takes one emoji's room: " + r);
        return EmojiPixels.coloured(screen(c, r), EmojiPixels.VIVID);
    }

    private static java.awt.image.BufferedImage screen(JTextComponent c, Rectangle r) throws Exception {
        Point p = onEdt(() -> {
            Point q = r.getLocation();
            SwingUtilities.convertPointToScreen(q, c);
            return q;
        });
        return new java.awt.Robot().createScreenCapture(new Rectangle(p.x, p.y, r.width, r.height));
    }
}
