package dev.gloss.desktop.queue;

import dev.gloss.desktop.core.Sentences;
import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.desktop.core.widgets.TwoGroupBar;
import dev.gloss.desktop.core.widgets.WindowMinimum;
import dev.gloss.publish.PublishSetupException;
import dev.gloss.publish.QueueService;
import dev.gloss.publish.When;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.PublishedPost;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.QueueTarget;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceListener;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.HtmlBrowser;
import org.openide.awt.Mnemonics;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle;
import org.openide.windows.TopComponent;

/**
 * The publishing queue: entries grouped by day with state, time, account and first post, or a
 * week view; add, publish now, reschedule, cancel, retry, and links to what was published.
 */
@TopComponent.Description(preferredID = "QueueTopComponent", iconBase = "dev/gloss/desktop/queue/queue.png",
        persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "queue", openAtStartup = true, position = 10)
@ActionID(category = "Window", id = "dev.gloss.desktop.queue.QueueTopComponent")
@ActionReferences({
    @ActionReference(path = "Menu/Window", position = 40),
    @ActionReference(path = "Shortcuts", name = "D-5")
})
@TopComponent.OpenActionRegistration(displayName = "#CTL_QueueAction", preferredID = "QueueTopComponent")
@NbBundle.Messages({
    "CTL_QueueAction=Publishing Queue",
    "CTL_QueueTopComponent=Queue",
    "BTN_Add=&Add to Queue…",
    "BTN_PublishNow=&Publish Now",
    "BTN_Reschedule=Re&schedule…",
    "BTN_Cancel=&Cancel",
    "BTN_Retry=&Retry",
    "BTN_OpenPost=&Open Post",
    "BTN_Accounts=Acco&unts…",
    "BTN_Slots=Slots…",
    "TIP_Slots=Tools ▸ Publishing Slots… (Alt+L)",
    "BTN_Week=Wee&k",
    "LBL_EmptyQueue=<html><center>Nothing queued yet.<br>Write a thread in the composer, then Add to Queue… to schedule it.</center></html>",
    "# {0} - url",
    "MSG_OpenInBrowser=Open {0} in your browser?",
    "TIP_Retry=Schedule every platform that failed again (right-click an entry for one platform)",
    "TIP_Cancel=Cancel every platform not published yet (right-click an entry for one platform)",
    "# {0} - platform",
    "MNU_RetryOn=Retry on {0}",
    "# {0} - platform",
    "MNU_CancelOn=Cancel on {0}",
    "# {0} - platform",
    "MNU_OpenOn=Open the Post on {0}",
    "# {0} - the user's time zone",
    "LBL_Zone=Times in {0}",
    "TIP_Zone=Dates and times here are in your time zone; an entry queued in another names its own too."
})
public final class QueueTopComponent extends TopComponent {
    private final DefaultListModel<QueueRows.Line> lines = new DefaultListModel<>();
    private final JList<QueueRows.Line> list = new JList<>(lines);
    private final JToggleButton weekToggle = new JToggleButton();
    private final CardLayout cards = new CardLayout();
    private final JPanel body = new JPanel(cards);
    private final JButton publishNow = button(Bundle.BTN_PublishNow());
    private final JButton reschedule = button(Bundle.BTN_Reschedule());
    private final JButton cancel = button(Bundle.BTN_Cancel());
    private final JButton retry = button(Bundle.BTN_Retry());
    private final JButton openPost = button(Bundle.BTN_OpenPost());
    private final JLabel zone = new JLabel();
    private final JPopupMenu perPlatform = new JPopupMenu();
    private final WeekView week = new WeekView(Clock.systemDefaultZone(), e -> updateButtons());
    private final WorkspaceListener listener = e -> {
        if (e.kind() == Kind.QUEUE || e.kind() == Kind.THREADS || e.kind() == Kind.ACCOUNTS) {
            SwingUtilities.invokeLater(this::reload);
        }
    };
    private Workspace workspace;

    public QueueTopComponent() {
        setName(Bundle.CTL_QueueTopComponent());
        setLayout(new BorderLayout());
        WindowMinimum.apply(this);
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        JButton add = button(Bundle.BTN_Add());
        add.addActionListener(e -> AddToQueueDialog.show(workspace, null, QueueScheduler.RP::post));
        publishNow.addActionListener(e -> selected(q -> {
            QueueScheduler.publishNow(q.id());
            return null;
        }));
        reschedule.addActionListener(e -> rescheduleSelected());
        cancel.addActionListener(e -> background(q -> queue().cancel(q.id())));
        retry.addActionListener(e -> background(q -> queue().retry(q.id())));
        cancel.setToolTipText(Bundle.TIP_Cancel());
        retry.setToolTipText(Bundle.TIP_Retry());
        openPost.addActionListener(e -> openPublished(null));
        JButton accounts = button(Bundle.BTN_Accounts());
        accounts.setName("queue.accounts");
        accounts.addActionListener(e -> AccountsDialog.show(workspace));
        JButton slots = button(Bundle.BTN_Slots());
        // Alt+L is the menu item's shortcut, not this button's mnemonic: it works while the queue is hidden too
        slots.setToolTipText(Bundle.TIP_Slots());
        slots.addActionListener(e -> SlotsDialog.show(workspace));
        Mnemonics.setLocalizedText(weekToggle, Bundle.BTN_Week());
        weekToggle.setName("queue.week");
        publishNow.setName("queue.publishNow");
        reschedule.setName("queue.reschedule");
        cancel.setName("queue.cancel");
        retry.setName("queue.retry");
        list.setName("queue.list");
        weekToggle.addActionListener(e -> toggleWeek());
        for (javax.swing.JComponent c : List.of(add, publishNow, reschedule, cancel, retry, openPost)) {
            bar.add(c);
        }
        zone.setName("queue.zone");
        zone.setEnabled(false);
        zone.setToolTipText(Bundle.TIP_Zone());
        JToolBar settings = new JToolBar();
        settings.setFloatable(false);
        settings.add(zone);
        settings.add(javax.swing.Box.createHorizontalStrut(8));
        settings.add(weekToggle);
        settings.addSeparator();
        settings.add(slots);
        settings.add(accounts);
        // under the papers the window is often narrower than both: Slots and Accounts then go below, whole
        add(new TwoGroupBar(bar, settings), BorderLayout.NORTH);

        list.setCellRenderer(new QueueLineRenderer());
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        // one platform's Retry, Cancel, Open: on the entry's menu (right-click, Shift+F10)
        perPlatform.setName("queue.perPlatform");
        perPlatform.addPopupMenuListener(new javax.swing.event.PopupMenuListener() {
            @Override
            public void popupMenuWillBecomeVisible(javax.swing.event.PopupMenuEvent e) {
                fillPerPlatform();
            }

            @Override
            public void popupMenuWillBecomeInvisible(javax.swing.event.PopupMenuEvent e) {
                // nothing to undo: the menu is filled anew each time
            }

            @Override
            public void popupMenuCanceled(javax.swing.event.PopupMenuEvent e) {
                // nothing to undo
            }
        });
        list.setComponentPopupMenu(perPlatform);
        week.setChipMenu(perPlatform);
        list.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(java.awt.event.MouseEvent e) {
                // the menu acts on the entry under the pointer: select it first
                int i = list.locationToIndex(e.getPoint());
                if (javax.swing.SwingUtilities.isRightMouseButton(e) && i >= 0 && list.getCellBounds(i, i).contains(e.getPoint())) {
                    list.setSelectedIndex(i);
                }
            }
        });
        list.addListSelectionListener(e -> updateButtons());
        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        JLabel empty = new JLabel(Bundle.LBL_EmptyQueue(), SwingConstants.CENTER);
        empty.setEnabled(false);
        body.add(scroll, "list");
        body.add(week, "week");
        body.add(empty, "empty");
        add(body, BorderLayout.CENTER);
        updateButtons();
    }

    private static JButton button(String label) {
        JButton b = new JButton();
        Mnemonics.setLocalizedText(b, label);
        b.setFocusable(true);
        return b;
    }

    @Override
    protected void componentOpened() {
        // minimized at the start: its entries (and the publishing classes) after the start's first page
        GlossWorkspace.whenReadyAfterFirstPage(this::attach);
    }

    /** Shows {@code ws}'s queue and follows its changes (on the EDT). */
    void attach(Workspace ws) {
        workspace = ws;
        ws.addListener(listener);
        reload();
    }

    @Override
    protected void componentActivated() {
        if (weekToggle.isSelected()) {
            week.focusContent(); // Tab through the week's entries, Page Up / Page Down to other weeks
            return;
        }
        // Ctrl+5 from the keyboard: the list, where the arrows pick an entry and Alt+P publishes it
        list.requestFocusInWindow();
        if (list.getSelectedIndex() < 0) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).entry() != null) {
                    list.setSelectedIndex(i);
                    break;
                }
            }
        }
    }

    @Override
    protected void componentClosed() {
        if (workspace != null) {
            workspace.removeListener(listener);
        }
    }

    private QueueService queue() {
        return QueueService.builder(workspace).build();
    }

    private void reload() {
        if (workspace == null) {
            return;
        }
        QueueEntry keep = listSelection();
        zone.setText(Bundle.LBL_Zone(Times.zone(ZoneId.systemDefault(), java.time.Instant.now())));
        QueueScheduler.RP.post(() -> {
            List<QueueEntry> entries = queue().list();
            Map<String, PostThread> threads = workspace.threads().stream().collect(Collectors.toMap(PostThread::id, Function.identity()));
            Map<String, AccountRef> accounts = workspace.accounts().stream().collect(Collectors.toMap(AccountRef::id, Function.identity()));
            List<QueueRows.Line> grouped = QueueRows.group(entries, threads, accounts, ZoneId.systemDefault());
            SwingUtilities.invokeLater(() -> {
                lines.clear();
                grouped.forEach(lines::addElement);
                week.setEntries(entries, threads);
                if (keep != null) {
                    selectInList(keep);
                }
                showBody();
                updateButtons();
            });
        });
    }

    private void showBody() {
        cards.show(body, lines.isEmpty() ? "empty" : weekToggle.isSelected() ? "week" : "list");
    }

    /** Week ▸ the week of the entry selected in the list (else this week); back ▸ the week's selection in the list. */
    private void toggleWeek() {
        if (weekToggle.isSelected()) {
            week.select(listSelection());
        } else if (week.selected() != null) {
            selectInList(week.selected());
        }
        showBody();
        updateButtons();
        // once the card shows: the keyboard goes on into what the toggle shows
        SwingUtilities.invokeLater(weekToggle.isSelected() ? week::focusContent : list::requestFocusInWindow);
    }

    private void selectInList(QueueEntry e) {
        for (int i = 0; i < lines.size(); i++) {
            QueueEntry at = lines.get(i).entry();
            if (at != null && at.id().equals(e.id())) {
                list.setSelectedIndex(i);
                list.ensureIndexIsVisible(i);
                return;
            }
        }
    }

    private QueueEntry listSelection() {
        QueueRows.Line line = list.getSelectedValue();
        return line == null ? null : line.entry();
    }

    /** The entry the actions work on: the one selected in the view on screen (the list, or the week shown). */
    QueueEntry selectedEntry() {
        return weekToggle.isSelected() ? week.selected() : listSelection();
    }

    private void updateButtons() {
        QueueEntry e = selectedEntry();
        publishNow.setEnabled(any(e, QueueState.SCHEDULED));
        reschedule.setEnabled(any(e, QueueState.SCHEDULED, QueueState.FAILED, QueueState.CANCELLED));
        cancel.setEnabled(any(e, QueueState.SCHEDULED, QueueState.FAILED));
        retry.setEnabled(any(e, QueueState.FAILED, QueueState.CANCELLED));
        openPost.setEnabled(e != null && e.targets().stream().anyMatch(t -> url(t) != null));
    }

    /** Whether some target of {@code e} is in one of the states. */
    private static boolean any(QueueEntry e, QueueState... states) {
        return e != null && e.targets().stream().anyMatch(t -> java.util.Arrays.asList(states).contains(t.state()));
    }

    private static String url(QueueTarget t) {
        return t.posts().stream().map(PublishedPost::url).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** The selected entry's menu: Retry, Cancel or Open on each platform where that applies. */
    private void fillPerPlatform() {
        perPlatform.removeAll();
        QueueEntry e = selectedEntry();
        if (e == null) {
            return;
        }
        for (QueueTarget t : e.targets()) {
            String name = QueueLabels.platform(t.platform());
            if (t.state() == QueueState.FAILED || t.state() == QueueState.CANCELLED) {
                item(Bundle.MNU_RetryOn(name), "retry." + t.platform(), () -> background(q -> queue().retry(q.id(), t.platform())));
            }
            if (t.state() == QueueState.SCHEDULED || t.state() == QueueState.FAILED) {
                item(Bundle.MNU_CancelOn(name), "cancel." + t.platform(), () -> background(q -> queue().cancel(q.id(), t.platform())));
            }
            if (url(t) != null) {
                item(Bundle.MNU_OpenOn(name), "open." + t.platform(), () -> openPublished(t));
            }
        }
    }

    private void item(String text, String name, Runnable action) {
        javax.swing.JMenuItem item = new javax.swing.JMenuItem(text);
        item.setName(name);
        item.addActionListener(ev -> action.run());
        perPlatform.add(item);
    }

    private void selected(Function<QueueEntry, Object> action) {
        QueueEntry e = selectedEntry();
        if (e != null) {
            action.apply(e);
        }
    }

    /** Runs a queue change off the EDT; a refusal is shown as the service's sentence. */
    private void background(Function<QueueEntry, QueueEntry> change) {
        QueueEntry e = selectedEntry();
        if (e == null) {
            return;
        }
        QueueScheduler.RP.post(() -> {
            try {
                change.apply(e);
            } catch (PublishSetupException ex) {
                SwingUtilities.invokeLater(() -> StatusDisplayer.getDefault().setStatusText(Sentences.of(ex)));
            }
        });
    }

    private void rescheduleSelected() {
        QueueEntry e = selectedEntry();
        if (e == null) {
            return;
        }
        When when = RescheduleDialog.ask(workspace, e);
        if (when != null) {
            background(q -> queue().reschedule(q.id(), when));
        }
    }

    /** Opens the first post on {@code target}'s platform (null: on the first platform it went out to). */
    private void openPublished(QueueTarget target) {
        QueueEntry e = selectedEntry();
        if (e == null) {
            return;
        }
        (target != null ? java.util.stream.Stream.of(target) : e.targets().stream()).map(QueueTopComponent::url)
                .filter(java.util.Objects::nonNull).findFirst().ifPresent(url -> {
            NotifyDescriptor.Confirmation ask = new NotifyDescriptor.Confirmation(Bundle.MSG_OpenInBrowser(url),
                    NotifyDescriptor.OK_CANCEL_OPTION);
            if (DialogDisplayer.getDefault().notify(ask) == NotifyDescriptor.OK_OPTION) {
                try {
                    HtmlBrowser.URLDisplayer.getDefault().showURLExternal(URI.create(url).toURL());
                } catch (java.net.MalformedURLException | IllegalArgumentException ex) {
                    StatusDisplayer.getDefault().setStatusText(url);
                }
            }
        });
    }
}
