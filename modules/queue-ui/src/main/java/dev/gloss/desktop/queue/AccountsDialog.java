package dev.gloss.desktop.queue;

import dev.gloss.desktop.core.widgets.Forms;
import dev.gloss.desktop.core.Sentences;
import dev.gloss.publish.Accounts;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishSetupException;
import dev.gloss.publish.SignIn;
import dev.gloss.publish.SignInException;
import dev.gloss.threads.Platform;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Workspace;
import java.awt.BorderLayout;
import java.awt.GridLayout;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle;

/**
 * Accounts…: the publishing accounts of the workspace, for all five platforms. Bluesky and
 * Mastodon are signed in to once to check them, and their app password or token goes to the
 * keyring, never into the workspace; X, LinkedIn and Threads are signed in to in the system browser with
 * the user's own app (the loopback redirect), their tokens going to the keyring; X, LinkedIn and
 * Threads can also be copy-only export targets, for which a queued thread is written out as files
 * to paste. When the browser cannot be opened or its redirect never comes back, the sign-in form
 * shows the address to copy and takes the address the browser ended on ({@link PastedRedirect}).
 */
@NbBundle.Messages({
    "TITLE_Accounts=Publishing Accounts",
    "BTN_AddBluesky=Add &Bluesky…",
    "BTN_AddMastodon=Add &Mastodon…",
    "BTN_AddX=X (cop&y-only)…",
    "BTN_AddLinkedIn=&LinkedIn (copy-only)…",
    "BTN_AddThreads=Threads (copy-o&nly)…",
    "LBL_AddAccount=Add an account Gloss publishes to:",
    "LBL_CopyOnly=<html>Or a <b>copy-only</b> target: Gloss writes each queued thread to files for you to paste; it posts nothing.</html>",
    "BTN_Remove=&Remove",
    "TITLE_Bluesky=Add a Bluesky Account",
    "TITLE_Mastodon=Add a Mastodon Account",
    "# {0} - platform",
    "TITLE_Export=Add an Account on {0}",
    "LBL_Service=&Server:",
    "LBL_Handle=&Handle:",
    "LBL_AppPassword=App &password:",
    "LBL_Instance=&Instance:",
    "LBL_Token=Access &token:",
    "LBL_Replies=&Replies after the first post:",
    "LBL_RepliesUnlisted=Unlisted (not in public timelines)",
    "LBL_RepliesPublic=Public",
    "LBL_ExportHandle=&Handle or name (optional):",
    "# {0} - platform",
    "LBL_ExportNote=<html>Gloss cannot post to {0} itself: a thread queued for this account is written<br>"
            + "to files ready to paste, with a checklist, in the workspace''s exports folder.</html>",
    "# {0} - platform",
    "# {1} - handle",
    "# {2} - server",
    "LBL_AccountRow={0} · {1}  {2}",
    "MSG_Checking=Signing in to check the account…",
    "BTN_SignInX=Sign In to &X…",
    "BTN_SignInThreads=Sign In to T&hreads…",
    "BTN_SignInLinkedIn=Sign In to Lin&kedIn…",
    "LBL_ClientSecret=Client &secret:",
    "LBL_Shape=A &thread becomes:",
    "LBL_ShapePostAndComments=One post, the rest as your comments on it",
    "LBL_ShapePosts=One LinkedIn post per post",
    "LBL_ShapeDocument=One post showing the figures as a document (a PDF carousel), the rest as comments",
    "# {0} - the redirect address",
    "LBL_StepsLinkedIn=<html>1. At linkedin.com/developers create an app, add the products <b>Share on LinkedIn</b> and<br>"
            + "<b>Sign In with LinkedIn using OpenID Connect</b>, and on its Auth tab add the redirect URL <b>{0}</b>.<br>"
            + "2. Paste its client id and client secret below (the secret goes to the keyring).<br>"
            + "3. OK opens your browser at LinkedIn; allow Gloss there and come back. The sign-in lasts 60 days.</html>",
    "# {0} - platform",
    "TITLE_SignIn=Sign In to {0}",
    "LBL_ClientId=&Client id:",
    "LBL_AppId=App &id:",
    "LBL_AppSecret=App &secret:",
    "LBL_ImageFolder=Image &folder (published by your web server):",
    "LBL_ImageUrl=Its public &address:",
    "# {0} - the redirect address",
    "LBL_StepsX=<html>1. In the X Developer Console (developer.x.com) create an app of type <b>Native App</b>,<br>"
            + "turn on OAuth 2.0 with read and write permissions, and add the callback <b>{0}</b>.<br>"
            + "2. Paste its OAuth 2.0 client id below.<br>"
            + "3. OK opens your browser at X; allow Gloss there and come back. Posting through X''s API costs money<br>"
            + "(pay-per-use credits, more for a post with a link): see the README''s platform table.</html>",
    "# {0} - the redirect address",
    "LBL_StepsThreads=<html>1. At developers.facebook.com create an app with the <b>Access the Threads API</b> use case,<br>"
            + "with the permissions threads_basic, threads_content_publish, threads_read_replies and threads_delete,<br>"
            + "and add the redirect callback <b>{0}</b>.<br>"
            + "2. Paste the Threads app id and app secret below (the secret goes to the keyring).<br>"
            + "3. For images: a folder your web server publishes, and its address (Threads downloads images from there).<br>"
            + "4. OK opens your browser at Threads; allow Gloss there and come back.</html>",
    "# {0} - platform",
    "MSG_InBrowser=Sign in to {0} in your browser; Gloss waits here for up to 5 minutes."
})
final class AccountsDialog {
    private AccountsDialog() {
    }

    static void show(Workspace ws) {
        show(ws, Accounts.standard(ws));
    }

    /** Shows the dialog (modal) with {@code accounts} doing the work off the event thread. */
    static void show(Workspace ws, Accounts accounts) {
        DefaultListModel<AccountRef> model = new DefaultListModel<>();
        ws.accounts().forEach(model::addElement);
        JList<AccountRef> list = new JList<>(model);
        list.setName("accounts");
        list.setCellRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l, row((AccountRef) v), i, s, f);
            }
        });
        list.setVisibleRowCount(6);
        JButton remove = button("remove", Bundle.BTN_Remove());
        remove.setEnabled(false);
        list.addListSelectionListener(e -> remove.setEnabled(list.getSelectedValue() != null));
        JButton bluesky = button("add.bluesky", Bundle.BTN_AddBluesky());
        bluesky.addActionListener(e -> {
            JTextField service = field("service", "https://bsky.social");
            JTextField handle = field("handle", "");
            JPasswordField password = new JPasswordField(28);
            password.setName("password");
            ask(Bundle.TITLE_Bluesky(), new Forms().add(Bundle.LBL_Service(), service).add(Bundle.LBL_Handle(), handle)
                    .add(Bundle.LBL_AppPassword(), password).panel(), Bundle.MSG_Checking(),
                    cancelled -> accounts.addBluesky(service.getText().trim(), handle.getText().trim(), password.getPassword()), model);
        });
        JButton mastodon = button("add.mastodon", Bundle.BTN_AddMastodon());
        mastodon.addActionListener(e -> {
            JTextField instance = field("instance", "https://mastodon.social");
            JPasswordField token = new JPasswordField(28);
            token.setName("token");
            JComboBox<String> replies = new JComboBox<>(new String[]{Bundle.LBL_RepliesUnlisted(), Bundle.LBL_RepliesPublic()});
            replies.setName("replies");
            ask(Bundle.TITLE_Mastodon(), new Forms().add(Bundle.LBL_Instance(), instance).add(Bundle.LBL_Token(), token)
                    .add(Bundle.LBL_Replies(), replies).panel(), Bundle.MSG_Checking(),
                    cancelled -> accounts.addMastodon(instance.getText().trim(), token.getPassword(),
                            replies.getSelectedIndex() == 1 ? "public" : "unlisted"), model);
        });
        // signing in is the main way to add an account; copy-only export targets come second, named as such
        JPanel publishing = row(bluesky, mastodon,
                signInButton(Platform.X, Bundle.BTN_SignInX(), accounts, model),
                signInButton(Platform.LINKEDIN, Bundle.BTN_SignInLinkedIn(), accounts, model),
                signInButton(Platform.THREADS, Bundle.BTN_SignInThreads(), accounts, model));
        JPanel copyOnly = row(exportButton(Platform.X, Bundle.BTN_AddX(), accounts, model),
                exportButton(Platform.LINKEDIN, Bundle.BTN_AddLinkedIn(), accounts, model),
                exportButton(Platform.THREADS, Bundle.BTN_AddThreads(), accounts, model));
        JPanel buttons = new JPanel(new GridLayout(0, 1, 0, 4));
        buttons.add(new JLabel(Bundle.LBL_AddAccount()));
        buttons.add(publishing);
        buttons.add(new JLabel(Bundle.LBL_CopyOnly()));
        buttons.add(copyOnly);
        buttons.add(row(remove));
        remove.addActionListener(e -> {
            AccountRef a = list.getSelectedValue();
            if (a != null) {
                QueueScheduler.RP.post(() -> {
                    try {
                        accounts.remove(a.id());
                        SwingUtilities.invokeLater(() -> model.removeElement(a));
                    } catch (PublishSetupException ex) {
                        SwingUtilities.invokeLater(() -> error(Sentences.of(ex)));
                    }
                });
            }
        });
        JPanel panel = new JPanel(new BorderLayout(0, 8));
        panel.setBorder(BorderFactory.createEmptyBorder(12, 12, 4, 12));
        panel.add(new JScrollPane(list), BorderLayout.CENTER);
        panel.add(buttons, BorderLayout.SOUTH);
        DialogDisplayer.getDefault().notify(new DialogDescriptor(panel, Bundle.TITLE_Accounts(), true,
                new Object[]{DialogDescriptor.OK_OPTION}, DialogDescriptor.OK_OPTION, DialogDescriptor.DEFAULT_ALIGN, null, null));
    }

    /** "Bluesky · alice.bsky.social  https://bsky.social". */
    static String row(AccountRef a) {
        String platform;
        try {
            platform = Platform.fromId(a.kind()).displayName();
        } catch (IllegalArgumentException e) {
            platform = a.kind();
        }
        return Bundle.LBL_AccountRow(platform, a.handle(), a.service() == null ? "" : a.service());
    }

    /** Buttons side by side, from the left. */
    private static JPanel row(JButton... buttons) {
        JPanel p = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEADING, 6, 0));
        for (JButton b : buttons) {
            p.add(b);
        }
        return p;
    }

    private static JButton exportButton(Platform p, String label, Accounts accounts, DefaultListModel<AccountRef> model) {
        JButton b = button("add." + p.id(), label);
        b.addActionListener(e -> {
            JTextField handle = field("handle", "");
            Forms form = new Forms().add(Bundle.LBL_ExportHandle(), handle).addWide(new JLabel(Bundle.LBL_ExportNote(p.displayName())));
            ask(Bundle.TITLE_Export(p.displayName()), form.panel(), Bundle.MSG_Checking(),
                    cancelled -> accounts.addExport(p.id(), handle.getText().trim()), model);
        });
        return b;
    }

    /** Opens the sign-in page: the system browser (tests put their own browser here). */
    static volatile java.util.function.Consumer<java.net.URI> browser = AccountsDialog::openInSystemBrowser;
    /** The loopback port the app registered (tests use 0, any free one). */
    static volatile int signInPort = Accounts.DEFAULT_PORT;

    /** X, Threads or LinkedIn by signing in: the steps to register an app, its id (and secret), then the browser. */
    private static JButton signInButton(Platform p, String label, Accounts accounts, DefaultListModel<AccountRef> model) {
        JButton b = button("signin." + p.id(), label);
        b.addActionListener(e -> {
            String redirect = "http://127.0.0.1:" + (signInPort == 0 ? Accounts.DEFAULT_PORT : signInPort) + "/callback";
            boolean threads = p == Platform.THREADS;
            JTextField clientId = field("clientId", "");
            JPasswordField secret = new JPasswordField(28);
            secret.setName("clientSecret");
            JTextField folder = field("imageFolder", "");
            JTextField url = field("imageUrl", "");
            Forms form = new Forms().addWide(new JLabel(threads ? Bundle.LBL_StepsThreads(redirect) : Bundle.LBL_StepsX(redirect)))
                    .add(threads ? Bundle.LBL_AppId() : Bundle.LBL_ClientId(), clientId);
            if (threads) {
                form.add(Bundle.LBL_AppSecret(), secret).add(Bundle.LBL_ImageFolder(), folder).add(Bundle.LBL_ImageUrl(), url);
            }
            // LinkedIn: the app's secret (no PKCE for ordinary apps) and the shape a thread takes there
            boolean linkedIn = p == Platform.LINKEDIN;
            JComboBox<String> shape = new JComboBox<>(new String[]{Bundle.LBL_ShapePostAndComments(), Bundle.LBL_ShapePosts(),
                Bundle.LBL_ShapeDocument()});
            shape.setName("shape");
            if (linkedIn) {
                form = new Forms().addWide(new JLabel(Bundle.LBL_StepsLinkedIn(redirect))).add(Bundle.LBL_ClientId(), clientId)
                        .add(Bundle.LBL_ClientSecret(), secret).add(Bundle.LBL_Shape(), shape);
            }
            PastedRedirect elsewhere = new PastedRedirect();
            form.addWide(elsewhere.panel());
            ask(Bundle.TITLE_SignIn(p.displayName()), form.panel(), Bundle.MSG_InBrowser(p.displayName()), cancelled -> {
                char[] s = threads || linkedIn ? secret.getPassword() : null;
                AccountRef a;
                try (SignIn in = accounts.signIn(p.id(), clientId.getText().trim(), s, signInPort)) {
                    elsewhere.show(in.browserUrl());
                    openBrowser(in.browserUrl());
                    a = in.await(java.time.Duration.ofMinutes(5), cancelled, elsewhere::pasted);
                } finally {
                    if (s != null) {
                        java.util.Arrays.fill(s, '\0');
                    }
                }
                if (linkedIn && shape.getSelectedIndex() > 0) {
                    // the choices in the order of LinkedInLayout.Shape: post+comments (the default), posts, document
                    a = accounts.linkedInShape(a.id(), dev.gloss.threads.LinkedInLayout.Shape.values()[shape.getSelectedIndex()].id());
                }
                String f = folder.getText().trim();
                String u = url.getText().trim();
                return threads && !(f.isEmpty() && u.isEmpty()) ? accounts.imageHost(a.id(), f, u) : a;
            }, model);
        });
        return b;
    }

    /** Opens the sign-in page; when no browser opens, the address to copy is already on the form. */
    private static void openBrowser(java.net.URI uri) {
        try {
            browser.accept(uri);
        } catch (RuntimeException ex) {
            java.util.logging.Logger.getLogger(AccountsDialog.class.getName()).log(java.util.logging.Level.INFO,
                    "no browser could be opened; the sign-in address is shown to copy", ex);
        }
    }

    private static void openInSystemBrowser(java.net.URI uri) {
        try {
            if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                java.awt.Desktop.getDesktop().browse(uri);
                return;
            }
        } catch (java.io.IOException | UnsupportedOperationException ex) {
            java.util.logging.Logger.getLogger(AccountsDialog.class.getName()).log(java.util.logging.Level.INFO,
                    "no system browser; the URL display opens the sign-in", ex);
        }
        try {
            org.openide.awt.HtmlBrowser.URLDisplayer.getDefault().showURLExternal(uri.toURL());
        } catch (java.net.MalformedURLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static JButton button(String name, String label) {
        JButton b = new JButton();
        b.setName(name);
        Mnemonics.setLocalizedText(b, label);
        return b;
    }

    private static JTextField field(String name, String text) {
        JTextField f = new JTextField(text, 28);
        f.setName(name);
        return f;
    }

    interface Adder {
        /** @param cancelled true once the form is closed (a sign-in stops waiting for the browser) */
        AccountRef add(java.util.function.BooleanSupplier cancelled) throws PublishException;
    }

    /** Shows the form; on OK signs in off the EDT, keeping the form open with the error if it fails. */
    private static void ask(String title, JPanel form, String working, Adder adder, DefaultListModel<AccountRef> model) {
        DialogDescriptor d = new DialogDescriptor(form, title);
        d.createNotificationLineSupport();
        d.setClosingOptions(new Object[]{DialogDescriptor.CANCEL_OPTION});
        java.awt.Dialog[] dialog = new java.awt.Dialog[1];
        d.setButtonListener(e -> {
            if (e.getSource() != DialogDescriptor.OK_OPTION) {
                return;
            }
            d.getNotificationLineSupport().setInformationMessage(working);
            d.setValid(false);
            QueueScheduler.RP.post(() -> {
                try {
                    AccountRef added = adder.add(() -> dialog[0] != null && !dialog[0].isShowing());
                    SwingUtilities.invokeLater(() -> {
                        if (!model.contains(added)) {
                            model.addElement(added);
                        }
                        dialog[0].setVisible(false);
                    });
                } catch (PublishException | PublishSetupException | SignInException ex) {
                    String said = Sentences.of(ex);
                    SwingUtilities.invokeLater(() -> {
                        d.getNotificationLineSupport().setErrorMessage(said);
                        d.setValid(true);
                    });
                }
            });
        });
        dialog[0] = DialogDisplayer.getDefault().createDialog(d);
        dialog[0].setVisible(true);
        dialog[0].dispose();
    }

    static void error(String message) {
        DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(message, NotifyDescriptor.WARNING_MESSAGE));
    }
}
