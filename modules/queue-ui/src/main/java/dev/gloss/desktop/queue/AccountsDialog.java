package dev.gloss.desktop.queue;

import dev.gloss.desktop.core.widgets.Forms;
import dev.gloss.desktop.core.Sentences;
import dev.gloss.publish.Accounts;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishSetupException;
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
 * keyring, never into the workspace; X, LinkedIn and Threads are export targets, for which a
 * queued thread is written out as files ready to paste.
 */
@NbBundle.Messages({
    "TITLE_Accounts=Publishing Accounts",
    "BTN_AddBluesky=Add &Bluesky…",
    "BTN_AddMastodon=Add &Mastodon…",
    "BTN_AddX=Add &X…",
    "BTN_AddLinkedIn=Add &LinkedIn…",
    "BTN_AddThreads=Add T&hreads…",
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
    "MSG_Checking=Signing in to check the account…"
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
                    .add(Bundle.LBL_AppPassword(), password).panel(),
                    () -> accounts.addBluesky(service.getText().trim(), handle.getText().trim(), password.getPassword()), model);
        });
        JButton mastodon = button("add.mastodon", Bundle.BTN_AddMastodon());
        mastodon.addActionListener(e -> {
            JTextField instance = field("instance", "https://mastodon.social");
            JPasswordField token = new JPasswordField(28);
            token.setName("token");
            JComboBox<String> replies = new JComboBox<>(new String[]{Bundle.LBL_RepliesUnlisted(), Bundle.LBL_RepliesPublic()});
            replies.setName("replies");
            ask(Bundle.TITLE_Mastodon(), new Forms().add(Bundle.LBL_Instance(), instance).add(Bundle.LBL_Token(), token)
                    .add(Bundle.LBL_Replies(), replies).panel(),
                    () -> accounts.addMastodon(instance.getText().trim(), token.getPassword(),
                            replies.getSelectedIndex() == 1 ? "public" : "unlisted"), model);
        });
        JPanel buttons = new JPanel(new GridLayout(2, 3, 6, 6));
        buttons.add(bluesky);
        buttons.add(mastodon);
        buttons.add(exportButton(Platform.X, Bundle.BTN_AddX(), accounts, model));
        buttons.add(exportButton(Platform.LINKEDIN, Bundle.BTN_AddLinkedIn(), accounts, model));
        buttons.add(exportButton(Platform.THREADS, Bundle.BTN_AddThreads(), accounts, model));
        buttons.add(remove);
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

    private static JButton exportButton(Platform p, String label, Accounts accounts, DefaultListModel<AccountRef> model) {
        JButton b = button("add." + p.id(), label);
        b.addActionListener(e -> {
            JTextField handle = field("handle", "");
            Forms form = new Forms().add(Bundle.LBL_ExportHandle(), handle).addWide(new JLabel(Bundle.LBL_ExportNote(p.displayName())));
            ask(Bundle.TITLE_Export(p.displayName()), form.panel(), () -> accounts.addExport(p.id(), handle.getText().trim()), model);
        });
        return b;
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
        AccountRef add() throws PublishException;
    }

    /** Shows the form; on OK signs in off the EDT, keeping the form open with the error if it fails. */
    private static void ask(String title, JPanel form, Adder adder, DefaultListModel<AccountRef> model) {
        DialogDescriptor d = new DialogDescriptor(form, title);
        d.createNotificationLineSupport();
        d.setClosingOptions(new Object[]{DialogDescriptor.CANCEL_OPTION});
        java.awt.Dialog[] dialog = new java.awt.Dialog[1];
        d.setButtonListener(e -> {
            if (e.getSource() != DialogDescriptor.OK_OPTION) {
                return;
            }
            d.getNotificationLineSupport().setInformationMessage(Bundle.MSG_Checking());
            d.setValid(false);
            QueueScheduler.RP.post(() -> {
                try {
                    AccountRef added = adder.add();
                    SwingUtilities.invokeLater(() -> {
                        if (!model.contains(added)) {
                            model.addElement(added);
                        }
                        dialog[0].setVisible(false);
                    });
                } catch (PublishException | PublishSetupException ex) {
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
