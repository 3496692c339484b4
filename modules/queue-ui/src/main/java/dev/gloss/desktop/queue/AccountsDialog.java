package dev.gloss.desktop.queue;

import dev.gloss.publish.Accounts;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishSetupException;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Workspace;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
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
 * Accounts…: the publishing accounts of the workspace. Adding one signs in once to check it;
 * the app password or token goes to the keyring, never into the workspace.
 */
@NbBundle.Messages({
    "TITLE_Accounts=Publishing Accounts",
    "BTN_AddBluesky=Add &Bluesky…",
    "BTN_AddMastodon=Add &Mastodon…",
    "BTN_Remove=&Remove",
    "TITLE_Bluesky=Add a Bluesky Account",
    "TITLE_Mastodon=Add a Mastodon Account",
    "LBL_Service=&Server:",
    "LBL_Handle=&Handle:",
    "LBL_AppPassword=App &password:",
    "LBL_Instance=&Instance:",
    "LBL_Token=Access &token:",
    "MSG_Checking=Signing in to check the account…"
})
final class AccountsDialog {
    private AccountsDialog() {
    }

    static void show(Workspace ws) {
        DefaultListModel<AccountRef> model = new DefaultListModel<>();
        ws.accounts().forEach(model::addElement);
        JList<AccountRef> list = new JList<>(model);
        list.setCellRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                AccountRef a = (AccountRef) v;
                return super.getListCellRendererComponent(l, a.handle() + "  —  " + a.kind() + "  " + (a.service() == null ? "" : a.service()), i, s, f);
            }
        });
        list.setVisibleRowCount(6);
        JButton bluesky = new JButton();
        JButton mastodon = new JButton();
        JButton remove = new JButton();
        Mnemonics.setLocalizedText(bluesky, Bundle.BTN_AddBluesky());
        Mnemonics.setLocalizedText(mastodon, Bundle.BTN_AddMastodon());
        Mnemonics.setLocalizedText(remove, Bundle.BTN_Remove());
        remove.setEnabled(false);
        list.addListSelectionListener(e -> remove.setEnabled(list.getSelectedValue() != null));
        Accounts accounts = Accounts.standard(ws);
        bluesky.addActionListener(e -> {
            JTextField service = new JTextField("https://bsky.social", 28);
            JTextField handle = new JTextField(28);
            JPasswordField password = new JPasswordField(28);
            ask(Bundle.TITLE_Bluesky(), new Forms().add(Bundle.LBL_Service(), service).add(Bundle.LBL_Handle(), handle)
                    .add(Bundle.LBL_AppPassword(), password).panel(),
                    () -> accounts.addBluesky(service.getText().trim(), handle.getText().trim(), password.getPassword()), model);
        });
        mastodon.addActionListener(e -> {
            JTextField instance = new JTextField("https://mastodon.social", 28);
            JPasswordField token = new JPasswordField(28);
            ask(Bundle.TITLE_Mastodon(), new Forms().add(Bundle.LBL_Instance(), instance).add(Bundle.LBL_Token(), token).panel(),
                    () -> accounts.addMastodon(instance.getText().trim(), token.getPassword()), model);
        });
        remove.addActionListener(e -> {
            AccountRef a = list.getSelectedValue();
            if (a != null) {
                QueueScheduler.RP.post(() -> {
                    try {
                        accounts.remove(a.id());
                        SwingUtilities.invokeLater(() -> model.removeElement(a));
                    } catch (PublishSetupException ex) {
                        SwingUtilities.invokeLater(() -> error(ex.getMessage()));
                    }
                });
            }
        });
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        buttons.add(bluesky);
        buttons.add(javax.swing.Box.createHorizontalStrut(6));
        buttons.add(mastodon);
        buttons.add(javax.swing.Box.createHorizontalStrut(6));
        buttons.add(remove);
        JPanel panel = new JPanel(new BorderLayout(0, 8));
        panel.setBorder(BorderFactory.createEmptyBorder(12, 12, 4, 12));
        panel.add(new JScrollPane(list), BorderLayout.CENTER);
        panel.add(buttons, BorderLayout.SOUTH);
        DialogDisplayer.getDefault().notify(new DialogDescriptor(panel, Bundle.TITLE_Accounts(), true,
                new Object[]{DialogDescriptor.OK_OPTION}, DialogDescriptor.OK_OPTION, DialogDescriptor.DEFAULT_ALIGN, null, null));
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
                        model.addElement(added);
                        dialog[0].setVisible(false);
                    });
                } catch (PublishException | PublishSetupException ex) {
                    SwingUtilities.invokeLater(() -> {
                        d.getNotificationLineSupport().setErrorMessage(ex.getMessage());
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
