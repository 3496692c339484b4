package dev.gloss.desktop.queue;

import dev.gloss.net.HttpTransport;
import dev.gloss.net.Retry;
import dev.gloss.publish.Accounts;
import dev.gloss.publish.Endpoints;
import dev.gloss.publish.FakeOAuth;
import dev.gloss.publish.FileSecretStore;
import dev.gloss.publish.Pds;
import dev.gloss.publish.PdsExtension;
import dev.gloss.publish.Secrets;
import dev.gloss.publish.impl.linkedin.FakeLinkedIn;
import dev.gloss.publish.impl.mastodon.FakeMastodon;
import dev.gloss.publish.impl.threads.FakeThreads;
import dev.gloss.publish.impl.x.FakeX;
import dev.gloss.testing.GuiTest;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Workspace;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JList;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accounts… in a real window: a Bluesky account (signed in to on the real loopback PDS), a
 * Mastodon account (the protocol-faithful fake, replies public), and the X, LinkedIn and Threads
 * export targets are each added through their button and form, as a user would; all five end up
 * in the list and in the workspace. A screenshot goes to {@code target/screenshots/}.
 */
@ExtendWith(PdsExtension.class)
@GuiTest
class AccountsDialogGuiTest {
    @TempDir
    Path tmp;

    @Test
    void allFivePlatformsCanBeAddedFromTheAccountsDialog(Pds pds) throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no display: GUI test skipped");
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "headless JVM: GUI test skipped");
        Pds.Account remote = pds.createAccount("gui" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + ".test", "gui-app-pass");
        Workspace ws = Workspace.open(tmp.resolve("ws"));
        Secrets secrets = new Secrets(new FileSecretStore(tmp.resolve("secrets")), Map.<String, String>of()::get);
        Accounts accounts = accounts(ws, secrets);
        try (FakeMastodon masto = new FakeMastodon().account("reader", "masto-token")) {
            SwingUtilities.invokeLater(() -> AccountsDialog.show(ws, accounts));
            JDialog main = waitForDialog("Publishing Accounts");

            add(main, "add.bluesky", "Add a Bluesky Account", form -> {
                text(form, "service").setText(pds.url().toString());
                text(form, "handle").setText(remote.handle());
                ((JPasswordField) find(form, "password")).setText(remote.password());
            });
            add(main, "add.mastodon", "Add a Mastodon Account", form -> {
                text(form, "instance").setText(masto.url().toString());
                ((JPasswordField) find(form, "token")).setText("masto-token");
                ((JComboBox<?>) find(form, "replies")).setSelectedIndex(1);
            });
            add(main, "add.x", "Add an Account on X", form -> text(form, "handle").setText("@reader"));
            add(main, "add.linkedin", "Add an Account on LinkedIn", form -> text(form, "handle").setText("Rea Der"));
            add(main, "add.threads", "Add an Account on Threads", form -> text(form, "handle").setText(""));

            JList<?> list = (JList<?>) find(main, "accounts");
            waitFor(() -> onEdt(() -> list.getModel().getSize()) == 5, "five accounts in the list");
            screenshot(main, "accounts-five-platforms.png");
            List<String> rows = onEdt(() -> {
                java.util.ArrayList<String> r = new java.util.ArrayList<>();
                for (int i = 0; i < list.getModel().getSize(); i++) {
                    r.add(AccountsDialog.row((AccountRef) list.getModel().getElementAt(i)));
                }
                return r;
            });
            assertTrue(rows.get(0).startsWith("Bluesky · " + remote.handle()), rows.toString());
            assertTrue(rows.get(1).startsWith("Mastodon · reader@localhost"), rows.toString());
            assertEquals(List.of("X · @reader", "LinkedIn · Rea Der", "Threads · threads"), rows.subList(2, 5).stream().map(String::strip).toList());
            SwingUtilities.invokeAndWait(() -> main.setVisible(false));

            List<AccountRef> saved = Workspace.open(ws.root()).accounts();
            assertEquals(List.of("bluesky", "linkedin", "mastodon", "threads", "x"), saved.stream().map(AccountRef::kind).sorted().toList());
            AccountRef m = saved.stream().filter(a -> a.kind().equals("mastodon")).findFirst().orElseThrow();
            assertEquals("public", m.replies());
            assertTrue(secrets.credential(saved.stream().filter(a -> a.kind().equals("bluesky")).findFirst().orElseThrow().id()).isPresent(),
                    "the app password went to the secret store");
            assertTrue(Files.readString(ws.root().resolve("accounts").resolve(m.id() + ".json")).indexOf("masto-token") < 0,
                    "no secret in the workspace");
        }
    }

    /**
     * Sign In to X… and Sign In to Threads…: the steps, the app's id (and Threads' secret and image
     * folder), OK; a browser follows the address the dialog opens to the loopback X and Threads and
     * back; the accounts arrive in the list with their tokens in the secret store only.
     */
    @Test
    void xAndThreadsAreAddedBySigningInInTheBrowser() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no display: GUI test skipped");
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "headless JVM: GUI test skipped");
        Workspace ws = Workspace.open(tmp.resolve("ws"));
        Secrets secrets = new Secrets(new FileSecretStore(tmp.resolve("secrets")), Map.<String, String>of()::get);
        Accounts accounts = accounts(ws, secrets);
        try (LoopbackBrowser browser = new LoopbackBrowser();
                FakeX x = new FakeX("1470000000000000001", "alice_research");
                FakeThreads threads = new FakeThreads("25025320", "alice.research")) {
            Endpoints.save(ws, new Endpoints("x", x.url(), x.url().resolve("/i/oauth2/authorize"), x.url().resolve("/2/oauth2/token")));
            Endpoints.save(ws, new Endpoints("threads", threads.api(), threads.url().resolve("/oauth/authorize"),
                    threads.url().resolve("/oauth/access_token")));
            SwingUtilities.invokeLater(() -> AccountsDialog.show(ws, accounts));
            JDialog main = waitForDialog("Publishing Accounts");

            add(main, "signin.x", "Sign In to X", form -> text(form, "clientId").setText(FakeX.CLIENT_ID));
            SwingUtilities.invokeLater(() -> ((AbstractButton) find(main, "signin.threads")).doClick());
            JDialog form = waitForDialog("Sign In to Threads");
            SwingUtilities.invokeAndWait(() -> {
                text(form, "clientId").setText(FakeThreads.APP_ID);
                ((JPasswordField) find(form, "clientSecret")).setText(FakeThreads.APP_SECRET);
                text(form, "imageFolder").setText(tmp.resolve("www").toString());
                text(form, "imageUrl").setText("https://example.org/gloss/");
            });
            screenshot(form, "accounts-sign-in-threads.png");
            SwingUtilities.invokeAndWait(() -> buttonLabelled(form, "OK").doClick());
            waitFor(() -> onEdt(() -> !form.isShowing()), "the Threads sign-in to finish (it says: " + onEdt(() -> notification(form)) + ")");

            JList<?> list = (JList<?>) find(main, "accounts");
            waitFor(() -> onEdt(() -> list.getModel().getSize()) == 2, "two accounts in the list");
            screenshot(main, "accounts-signed-in.png");
            List<String> rows = onEdt(() -> {
                java.util.ArrayList<String> r = new java.util.ArrayList<>();
                for (int i = 0; i < list.getModel().getSize(); i++) {
                    r.add(AccountsDialog.row((AccountRef) list.getModel().getElementAt(i)));
                }
                return r;
            });
            assertEquals(List.of("X · alice_research  " + x.url(), "Threads · alice.research  " + threads.api()), rows);
            assertEquals(2, browser.opened.size(), "the browser was opened once per sign-in");
            SwingUtilities.invokeAndWait(() -> main.setVisible(false));
            for (AccountRef a : Workspace.open(ws.root()).accounts()) {
                String tokens = new String(secrets.credential(a.id()).orElseThrow());
                assertTrue(tokens.contains("access"), "tokens in the secret store");
                assertTrue(Files.readString(ws.root().resolve("accounts").resolve(a.id() + ".json")).indexOf("access") < 0,
                        "no token in the workspace");
                if (a.kind().equals("threads")) {
                    assertEquals(tmp.resolve("www").toAbsolutePath().toString(), a.option("imageFolder"));
                }
            }
        }
    }

    /**
     * A browser that cannot be opened here (a remote desktop): the sign-in form shows the address
     * to copy; a browser on another machine allows Gloss and ends on the loopback address, which
     * never reaches this one; the user pastes that address and Finish Sign-In completes it.
     */
    @Test
    void aSignInWhoseBrowserCannotComeBackIsFinishedByPastingTheAddress() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no display: GUI test skipped");
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "headless JVM: GUI test skipped");
        Workspace ws = Workspace.open(tmp.resolve("ws"));
        Secrets secrets = new Secrets(new FileSecretStore(tmp.resolve("secrets")), Map.<String, String>of()::get);
        Accounts accounts = accounts(ws, secrets);
        java.util.function.Consumer<java.net.URI> systemBrowser = AccountsDialog.browser;
        int port = AccountsDialog.signInPort;
        AccountsDialog.browser = uri -> {
            throw new UnsupportedOperationException("no browser on this desktop");
        };
        AccountsDialog.signInPort = 0;
        try (FakeX x = new FakeX("1470000000000000001", "alice_research")) {
            Endpoints.save(ws, new Endpoints("x", x.url(), x.url().resolve("/i/oauth2/authorize"), x.url().resolve("/2/oauth2/token")));
            SwingUtilities.invokeLater(() -> AccountsDialog.show(ws, accounts));
            JDialog main = waitForDialog("Publishing Accounts");
            screenshot(main, "accounts-sign-in-or-copy-only.png");
            assertEquals("X (copy-only)…", onEdt(() -> ((AbstractButton) find(main, "add.x")).getText()), "exports are named as such");

            SwingUtilities.invokeLater(() -> ((AbstractButton) find(main, "signin.x")).doClick());
            JDialog form = waitForDialog("Sign In to X");
            assertTrue(onEdt(() -> !find(form, "authorizeUrl").isShowing()), "the fallback waits until a sign-in starts");
            SwingUtilities.invokeAndWait(() -> text(form, "clientId").setText(FakeX.CLIENT_ID));
            SwingUtilities.invokeAndWait(() -> buttonLabelled(form, "OK").doClick());
            waitFor(() -> onEdt(() -> find(form, "authorizeUrl").isShowing() && !text(form, "authorizeUrl").getText().isEmpty()),
                    "the address to copy");
            String authorize = onEdt(() -> text(form, "authorizeUrl").getText());
            assertTrue(authorize.startsWith(x.url() + "/i/oauth2/authorize?"), authorize);

            String ended = FakeOAuth.allow(java.net.URI.create(authorize));
            SwingUtilities.invokeAndWait(() -> text(form, "pastedAddress").setText(ended));
            screenshot(form, "accounts-sign-in-pasted.png");
            SwingUtilities.invokeAndWait(() -> ((AbstractButton) find(form, "finishPasted")).doClick());
            waitFor(() -> onEdt(() -> !form.isShowing()), "the pasted sign-in to finish (it says: " + onEdt(() -> notification(form)) + ")");

            JList<?> list = (JList<?>) find(main, "accounts");
            waitFor(() -> onEdt(() -> list.getModel().getSize()) == 1, "the X account in the list");
            assertEquals("X · alice_research  " + x.url(), onEdt(() -> AccountsDialog.row((AccountRef) list.getModel().getElementAt(0))));
            SwingUtilities.invokeAndWait(() -> main.setVisible(false));
            AccountRef a = Workspace.open(ws.root()).accounts().get(0);
            assertTrue(new String(secrets.credential(a.id()).orElseThrow()).contains("access"), "tokens in the secret store");
        } finally {
            AccountsDialog.browser = systemBrowser;
            AccountsDialog.signInPort = port;
        }
    }

    interface Fill {
        void fill(JDialog form) throws Exception;
    }

    /** Clicks the add button, fills the form that opens, presses OK and waits until the form has gone. */
    private static void add(JDialog main, String button, String formTitle, Fill fill) throws Exception {
        SwingUtilities.invokeLater(() -> ((AbstractButton) find(main, button)).doClick());
        JDialog form = waitForDialog(formTitle);
        SwingUtilities.invokeAndWait(() -> {
            try {
                fill.fill(form);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        SwingUtilities.invokeAndWait(() -> buttonLabelled(form, "OK").doClick());
        waitFor(() -> onEdt(() -> !form.isShowing()), "the form for " + button + " to close (it says: " + onEdt(() -> notification(form)) + ")");
    }

    private static JTextField text(Container c, String name) {
        return (JTextField) find(c, name);
    }

    private static Component find(Container c, String name) {
        return findOpt(c, name).orElseThrow(() -> new AssertionError("no component named " + name));
    }

    private static Optional<Component> findOpt(Container c, String name) {
        for (Component k : c.getComponents()) {
            if (name.equals(k.getName())) {
                return Optional.of(k);
            }
            if (k instanceof Container kc) {
                Optional<Component> f = findOpt(kc, name);
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    private static AbstractButton buttonLabelled(Container c, String text) {
        for (Component k : c.getComponents()) {
            if (k instanceof AbstractButton b && text.equals(b.getText())) {
                return b;
            }
            if (k instanceof Container kc) {
                try {
                    return buttonLabelled(kc, text);
                } catch (AssertionError e) {
                    // look further
                }
            }
        }
        throw new AssertionError("no button " + text);
    }

    /** The error line of a form, for failure messages. */
    private static String notification(Container c) {
        StringBuilder b = new StringBuilder();
        for (Component k : c.getComponents()) {
            if (k instanceof javax.swing.JLabel l && l.getText() != null && !l.getText().isBlank()) {
                b.append(l.getText()).append(" | ");
            }
            if (k instanceof Container kc) {
                b.append(notification(kc));
            }
        }
        return b.toString();
    }

    private static JDialog waitForDialog(String title) throws Exception {
        AtomicReference<JDialog> found = new AtomicReference<>();
        waitFor(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof JDialog d && d.isShowing() && title.equals(d.getTitle())) {
                    found.set(d);
                    return true;
                }
            }
            return false;
        }, "a dialog \"" + title + "\"");
        return found.get();
    }

    private static void waitFor(BooleanSupplier done, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
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

    private static void screenshot(Window w, String name) throws Exception {
        Thread.sleep(300);
        Rectangle r = onEdt(w::getBounds);
        File dir = new File(System.getProperty("gloss.screenshots", "target/screenshots"));
        dir.mkdirs();
        ImageIO.write(new Robot().createScreenCapture(r), "png", new File(dir, name));
    }

    /**
     * Sign In to LinkedIn…: the steps (the two products, the redirect URL), the client id and
     * secret, the shape, OK; a browser follows the address to the loopback LinkedIn and back; the
     * member arrives in the list, the tokens in the secret store only, the shape in the account.
     */
    @Test
    void linkedInIsAddedBySigningInInTheBrowser() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no display: GUI test skipped");
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "headless JVM: GUI test skipped");
        Workspace ws = Workspace.open(tmp.resolve("ws"));
        Secrets secrets = new Secrets(new FileSecretStore(tmp.resolve("secrets")), Map.<String, String>of()::get);
        Accounts accounts = accounts(ws, secrets);
        try (LoopbackBrowser browser = new LoopbackBrowser(); FakeLinkedIn li = new FakeLinkedIn("782bbtaQ")) {
            Endpoints.save(ws, new Endpoints("linkedin", li.url(), li.url().resolve("/oauth/v2/authorization"),
                    li.url().resolve("/oauth/v2/accessToken")));
            SwingUtilities.invokeLater(() -> AccountsDialog.show(ws, accounts));
            JDialog main = waitForDialog("Publishing Accounts");
            SwingUtilities.invokeLater(() -> ((AbstractButton) find(main, "signin.linkedin")).doClick());
            JDialog form = waitForDialog("Sign In to LinkedIn");
            SwingUtilities.invokeAndWait(() -> {
                text(form, "clientId").setText(FakeLinkedIn.CLIENT_ID);
                ((JPasswordField) find(form, "clientSecret")).setText(FakeLinkedIn.CLIENT_SECRET);
                ((JComboBox<?>) find(form, "shape")).setSelectedIndex(1);
            });
            screenshot(form, "accounts-sign-in-linkedin.png");
            SwingUtilities.invokeAndWait(() -> buttonLabelled(form, "OK").doClick());
            waitFor(() -> onEdt(() -> !form.isShowing()), "the LinkedIn sign-in to finish (it says: " + onEdt(() -> notification(form)) + ")");

            JList<?> list = (JList<?>) find(main, "accounts");
            waitFor(() -> onEdt(() -> list.getModel().getSize()) == 1, "the member in the list");
            screenshot(main, "accounts-linkedin-signed-in.png");
            assertEquals("LinkedIn · Alice Researcher  " + li.url(), onEdt(() -> AccountsDialog.row((AccountRef) list.getModel().getElementAt(0))));
            assertEquals(1, browser.opened.size(), "the browser was opened once");
            assertTrue(browser.opened.get(0).getQuery().contains("scope=openid profile w_member_social"), browser.opened.get(0).toString());
            SwingUtilities.invokeAndWait(() -> main.setVisible(false));
            AccountRef a = Workspace.open(ws.root()).accounts().get(0);
            assertEquals("782bbtaQ", a.remoteId());
            assertEquals("posts", a.option("linkedinShape"));
            assertTrue(new String(secrets.credential(a.id()).orElseThrow()).contains("access"), "tokens in the secret store");
            assertTrue(Files.readString(ws.root().resolve("accounts").resolve(a.id() + ".json")).indexOf("access") < 0,
                    "no token in the workspace");
        }
    }

    private static Accounts accounts(Workspace ws, Secrets secrets) {
        return new Accounts(ws, secrets, new HttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(20), Clock.systemUTC()),
                new Retry(2, Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofSeconds(1), d -> Thread.sleep(d.toMillis())));
    }

    /**
     * A browser that follows each address the dialog opens (to the loopback services and back),
     * the sign-in's redirect on any free port, until closed.
     */
    private static final class LoopbackBrowser implements AutoCloseable {
        final List<java.net.URI> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final java.util.function.Consumer<java.net.URI> system = AccountsDialog.browser;
        private final int port = AccountsDialog.signInPort;

        LoopbackBrowser() {
            AccountsDialog.browser = uri -> {
                opened.add(uri);
                java.util.concurrent.CompletableFuture.runAsync(() -> {
                    try {
                        FakeOAuth.browse(uri);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            };
            AccountsDialog.signInPort = 0;
        }

        @Override
        public void close() {
            AccountsDialog.browser = system;
            AccountsDialog.signInPort = port;
        }
    }
}
