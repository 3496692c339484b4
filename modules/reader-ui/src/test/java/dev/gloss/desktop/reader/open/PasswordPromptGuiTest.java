package dev.gloss.desktop.reader.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.testing.Corpus;
import dev.gloss.testing.GuiTest;
import dev.gloss.workspace.Workspace;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.swing.AbstractButton;
import javax.swing.JPasswordField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two encrypted papers opening at once (a restart) ask for their passwords one after the other
 * in real dialogs, each naming its file, never one dialog over another.
 */
@GuiTest
class PasswordPromptGuiTest {
    @TempDir
    Path dir;

    private static <T> T onEdt(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception | AssertionError e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    private static List<Dialog> prompts() throws Exception {
        return onEdt(() -> {
            List<Dialog> out = new ArrayList<>();
            for (Window w : Window.getWindows()) {
                if (w instanceof Dialog d && d.isShowing() && String.valueOf(d.getTitle()).startsWith("Password for")) {
                    out.add(d);
                }
            }
            return out;
        });
    }

    private static Dialog waitForOnePrompt() throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (true) {
            List<Dialog> shown = prompts();
            assertTrue(shown.size() <= 1, "prompts stacked: " + shown.size());
            if (shown.size() == 1) {
                return shown.get(0);
            }
            assertTrue(System.currentTimeMillis() < end, "no password prompt appeared");
            Thread.sleep(100);
        }
    }

    private static <T extends Component> T find(Container c, Class<T> type, java.util.function.Predicate<T> test) {
        for (Component child : c.getComponents()) {
            if (type.isInstance(child) && test.test(type.cast(child))) {
                return type.cast(child);
            }
            if (child instanceof Container inner) {
                T found = find(inner, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static CompletableFuture<OpenDocument> start(Path file) {
        CompletableFuture<OpenDocument> opened = new CompletableFuture<>();
        new DocumentLoader(file, new DocumentLoader.Callback() {
            @Override
            public void loaded(OpenDocument doc) {
                opened.complete(doc);
            }

            @Override
            public void failed(String sentence, PdfException.Reason reason) {
                opened.completeExceptionally(new AssertionError(sentence));
            }
        }).start();
        return opened;
    }

    @Test
    void twoEncryptedPapersAskOneAfterTheOther() throws Exception {
        GlossWorkspace.future().complete(Workspace.openOrCreate(Files.createDirectories(dir.resolve("ws"))));
        Path corpus = Corpus.file("encrypted/PasswordSample-128bit.pdf");
        Assumptions.assumeTrue(Files.isRegularFile(corpus), "corpus not present");
        Path first = Files.copy(corpus, dir.resolve("first locked.pdf"));
        Path second = Files.copy(corpus, dir.resolve("second locked.pdf"));
        CompletableFuture<OpenDocument> a = start(first);
        CompletableFuture<OpenDocument> b = start(second);

        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Dialog prompt = waitForOnePrompt();
            if (i == 0) {
                // the other file has reached its prompt too, and waits in line behind this one
                long end = System.currentTimeMillis() + 60_000;
                while (onEdt(PasswordPrompt::waiting) < 1) {
                    assertEquals(1, prompts().size(), "prompts stacked");
                    assertTrue(System.currentTimeMillis() < end, "the second prompt never queued");
                    Thread.sleep(100);
                }
                assertEquals(1, prompts().size(), "one prompt at a time");
            }
            titles.add(onEdt(prompt::getTitle));
            onEdt(() -> {
                JPasswordField field = find(prompt, JPasswordField.class, f -> true);
                assertNotNull(field, "the prompt has a password field");
                field.setText("user");
                AbstractButton ok = find(prompt, AbstractButton.class, x -> "OK".equals(x.getText()));
                assertNotNull(ok, "the prompt has an OK button");
                ok.doClick();
                return null;
            });
        }
        a.get(60, TimeUnit.SECONDS).close();
        b.get(60, TimeUnit.SECONDS).close();
        titles.sort(null);
        assertEquals(List.of("Password for first locked.pdf", "Password for second locked.pdf"), titles);
    }
}
