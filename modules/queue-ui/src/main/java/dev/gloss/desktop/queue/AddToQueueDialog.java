package dev.gloss.desktop.queue;

import dev.gloss.desktop.core.widgets.Forms;
import dev.gloss.publish.PublishSetupException;
import dev.gloss.publish.QueueService;
import dev.gloss.publish.SlotPlan;
import dev.gloss.publish.When;
import dev.gloss.desktop.core.Sentences;
import dev.gloss.threads.Languages;
import dev.gloss.threads.ThreadChecks;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.Workspace;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JTextField;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle;

/**
 * Add to Queue…: a thread, the platforms it goes to (one account each), and when (now, the next
 * free weekly slot, or a date-time): one entry, one time, every platform. Each account's checks
 * run before anything is queued, and an X account's cost is confirmed ({@link XCostConfirmation});
 * afterwards {@link QueueConfirmation} says where and when, with Undo.
 */
@NbBundle.Messages({
    "TITLE_AddToQueue=Add to Publishing Queue",
    "LBL_Thread=&Thread:",
    "LBL_PublishTo=Publish to:",
    "# {0} - platform", "# {1} - what does not fit there",
    "MSG_NotForPlatform={0}: {1}",
    "MSG_NoThreads=There is no thread to queue yet. Write one in the composer first.",
    "MSG_NoAccounts=There is no account to publish to yet. Set one up first: Bluesky, Mastodon, X, LinkedIn or Threads.",
    "BTN_OpenAccounts=&Accounts…",
    "BTN_Queue=&Queue",
    "LBL_Language=&Language:",
    "LBL_ContentWarning=Content &warning (Mastodon):",
    "# {0} - what was typed",
    "MSG_BadLanguage=\"{0}\" is not a language code; use one such as en, de or pt-BR, or leave it empty."
})
final class AddToQueueDialog {
    private AddToQueueDialog() {
    }

    /** "Monday 30 November, 9:00 AM", with the zone only when it is not the user's. */
    static String slotTime(java.time.ZonedDateTime at) {
        return Times.dayAndTime(at, java.time.ZoneId.systemDefault());
    }

    /** Asks, then queues on the caller's background thread through {@code onQueued}. */
    static void show(Workspace ws, String preselectThread, java.util.function.Consumer<Runnable> background) {
        List<PostThread> threads = ws.threads().stream()
                .sorted(Comparator.comparing(PostThread::modified, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        List<AccountRef> accounts = ws.accounts();
        if (threads.isEmpty()) {
            DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(Bundle.MSG_NoThreads(), NotifyDescriptor.INFORMATION_MESSAGE));
            return;
        }
        if (accounts.isEmpty()) {
            // straight on to setting one up, then back here once there is one
            javax.swing.JButton open = new javax.swing.JButton();
            open.setName("openAccounts");
            Mnemonics.setLocalizedText(open, Bundle.BTN_OpenAccounts());
            NotifyDescriptor none = new NotifyDescriptor(Bundle.MSG_NoAccounts(), Bundle.TITLE_AddToQueue(),
                    NotifyDescriptor.DEFAULT_OPTION, NotifyDescriptor.INFORMATION_MESSAGE,
                    new Object[]{open, NotifyDescriptor.CANCEL_OPTION}, open);
            if (DialogDisplayer.getDefault().notify(none) == open) {
                AccountsDialog.show(ws);
                if (!ws.accounts().isEmpty()) {
                    show(ws, preselectThread, background);
                }
            }
            return;
        }
        JComboBox<PostThread> thread = new JComboBox<>(threads.toArray(PostThread[]::new));
        thread.setRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                PostThread t = (PostThread) v;
                return super.getListCellRendererComponent(l, t == null ? "" : title(t), i, s, f);
            }
        });
        threads.stream().filter(t -> t.id().equals(preselectThread)).findFirst().ifPresent(thread::setSelectedItem);
        PlatformChoice targets = new PlatformChoice(accounts);
        targets.preselect((PostThread) thread.getSelectedItem());
        SlotPlan plan = SlotPlan.load(ws);
        Clock clock = Clock.systemDefaultZone();
        WhenChoice when = new WhenChoice(clock, null);
        // the date and time the thread would go out: the first slot free for every account chosen
        Runnable showNext = () -> {
            List<String> chosen = targets.chosen().stream().map(AccountRef::id).toList();
            java.util.Optional<java.time.ZonedDateTime> free = plan.slots().isEmpty() || chosen.isEmpty()
                    ? java.util.Optional.empty() : QueueService.builder(ws).build().nextFreeSlot(chosen);
            when.setSlots(free.map(AddToQueueDialog::slotTime).orElse(String.join(", ",
                    plan.slots().stream().map(s -> Times.slot(s, clock.instant())).toList())), !plan.slots().isEmpty());
        };
        showNext.run();
        targets.onChange(showNext);
        (plan.slots().isEmpty() ? when.at : when.next).setSelected(true);
        // how the thread goes out: its language (detected unless chosen) and a content warning
        JTextField language = new JTextField(8);
        language.setName("language");
        JTextField warning = new JTextField(24);
        warning.setName("contentWarning");
        Runnable showThread = () -> {
            PostThread t = (PostThread) thread.getSelectedItem();
            language.setText(t == null ? "" : Languages.of(t).orElse(""));
            warning.setText(t == null || t.contentWarning() == null ? "" : t.contentWarning());
        };
        showThread.run();
        thread.addActionListener(e -> {
            showThread.run();
            targets.preselect((PostThread) thread.getSelectedItem());
            showNext.run();
        });
        Forms form = when.addTo(new Forms().add(Bundle.LBL_Thread(), thread).add(Bundle.LBL_PublishTo(), targets.panel()))
                .add(Bundle.LBL_Language(), language).add(Bundle.LBL_ContentWarning(), warning);
        DialogDescriptor d = new DialogDescriptor(form.panel(), Bundle.TITLE_AddToQueue());
        d.createNotificationLineSupport();
        // the message line follows the choice: an error goes as soon as the time is fixed
        when.onChange(() -> {
            String problem = when.problem();
            if (problem != null) {
                d.getNotificationLineSupport().setErrorMessage(problem);
            } else {
                d.getNotificationLineSupport().clearMessages();
            }
        });
        // a real button, so it can be the default one: Enter queues, as the dialog is all set up
        javax.swing.JButton queueButton = new javax.swing.JButton();
        Mnemonics.setLocalizedText(queueButton, Bundle.BTN_Queue());
        d.setOptions(new Object[]{queueButton, DialogDescriptor.CANCEL_OPTION});
        d.setClosingOptions(new Object[]{DialogDescriptor.CANCEL_OPTION});
        java.awt.Dialog[] dialog = new java.awt.Dialog[1];
        d.setButtonListener(e -> {
            if (e.getSource() != queueButton) {
                return;
            }
            try {
                if (when.problem() != null) {
                    d.getNotificationLineSupport().setErrorMessage(when.problem());
                    return;
                }
                When w = when.when();
                PostThread chosen = (PostThread) thread.getSelectedItem();
                String threadId = chosen.id();
                List<AccountRef> chosenAccounts = targets.chosen();
                if (chosenAccounts.isEmpty()) {
                    d.getNotificationLineSupport().setErrorMessage(Sentences.of(
                            new PublishSetupException(PublishSetupException.Reason.NO_ACCOUNT_CHOSEN)));
                    return;
                }
                List<String> accountIds = chosenAccounts.stream().map(AccountRef::id).toList();
                String lang = language.getText().strip();
                if (!lang.isEmpty() && !Languages.isTag(lang)) {
                    d.getNotificationLineSupport().setErrorMessage(Bundle.MSG_BadLanguage(lang));
                    return;
                }
                // a language typed in is the thread's own; the detected one is left to be detected again
                String chosenLang = lang.isEmpty() || lang.equals(Languages.detect(allText(chosen)).orElse(null))
                        && chosen.language() == null ? null : lang;
                String cw = warning.getText().strip();
                // checked here for every account, before queueing, so the form stays open with what to fix
                for (AccountRef target : chosenAccounts) {
                    java.util.List<ThreadChecks.Problem> problems = ThreadChecks.check(chosen, target, ws.root());
                    if (!problems.isEmpty()) {
                        d.getNotificationLineSupport().setErrorMessage(
                                Bundle.MSG_NotForPlatform(QueueLabels.platform(target.kind()), Sentences.of(problems)));
                        return;
                    }
                }
                // X charges per post: its cost is confirmed (once per account and price list) before it is queued
                QueueService.XChoice x = QueueService.XChoice.NONE;
                QueueService queue = QueueService.builder(ws).build();
                for (AccountRef target : chosenAccounts) {
                    if (XCostConfirmation.needed(queue, chosen, target)) {
                        XCostConfirmation.Answer answer = XCostConfirmation.ask(queue, chosen, target);
                        if (!answer.accepted()) {
                            return;
                        }
                        x = new QueueService.XChoice(true, answer.linksToLast());
                    }
                }
                QueueService.XChoice xChoice = x;
                background.accept(() -> {
                    try {
                        ws.update(dev.gloss.workspace.Kind.THREADS, threadId,
                                t -> java.util.Objects.equals(t.language(), chosenLang) && java.util.Objects.equals(t.contentWarning(),
                                        cw.isEmpty() ? null : cw) ? t : t.withPublishing(chosenLang, cw, java.time.Instant.now()));
                        QueueEntry queued = QueueService.builder(ws).build().add(threadId, accountIds, w, xChoice);
                        javax.swing.SwingUtilities.invokeLater(() -> QueueConfirmation.show(ws, queued, background));
                    } catch (PublishSetupException ex) {
                        // e.g. the last free slot was taken meanwhile: said where the user looks next
                        javax.swing.SwingUtilities.invokeLater(() -> org.openide.awt.NotificationDisplayer.getDefault().notify(
                                Bundle.TITLE_AddToQueue(), dev.gloss.desktop.core.widgets.Icons.warning(), Sentences.of(ex), null,
                                org.openide.awt.NotificationDisplayer.Priority.HIGH));
                    }
                });
                dialog[0].setVisible(false);
            } catch (PublishSetupException ex) {
                d.getNotificationLineSupport().setErrorMessage(Sentences.of(ex));
            }
        });
        dialog[0] = DialogDisplayer.getDefault().createDialog(d);
        if (dialog[0] instanceof javax.swing.JDialog jd) {
            jd.getRootPane().setDefaultButton(queueButton);
        }
        dialog[0].setVisible(true);
        dialog[0].dispose();
    }

    private static String allText(PostThread t) {
        StringBuilder b = new StringBuilder();
        t.posts().forEach(p -> b.append(p.text()).append('\n'));
        return b.toString();
    }

    static String title(PostThread t) {
        if (t.title() != null && !t.title().isBlank()) {
            return t.title();
        }
        return t.posts().isEmpty() ? t.id() : QueueLineRenderer.ellipsis(t.posts().get(0).text(), 60);
    }
}
