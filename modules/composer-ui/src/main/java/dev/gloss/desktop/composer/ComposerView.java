package dev.gloss.desktop.composer;

import dev.gloss.desktop.core.Sentences;
import dev.gloss.threads.PlatformRules;
import dev.gloss.threads.Platform;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.WorkspaceListener;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.text.JTextComponent;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle;

/**
 * The composer's content: thread picker, title, platform toggles and thread tools on top; below,
 * the column of post cards and the preview as two tabs; an empty state when no thread is open.
 * Everything here runs on the event thread and follows the {@link ComposerModel}.
 */
@NbBundle.Messages({
    "LBL_Empty=<html><center>No thread open — drag highlights here<br>or press Ctrl+Shift+N</center></html>",
    "LBL_NewThreadButton=New Thread",
    "TAB_Posts=Posts",
    "TAB_Preview=Preview",
    "# {0} - time",
    "LBL_Saved=Saved {0}",
    "LBL_Unsaved=Not saved yet",
    "# {0} - reason",
    "LBL_SaveFailed=Not saved: {0}"
})
final class ComposerView extends JPanel implements CardActions.View {
    private final ComposerModel model;
    private final CardActions actions;
    private final ThreadHeader header;
    private final JLabel status = new JLabel(" ");
    private final CardList cardList;
    /** The post that had the keyboard last (see {@link #focusPost()}). */
    private int lastEdited;
    private final PreviewPanel preview = new PreviewPanel();
    private final JTabbedPane tabs = new JTabbedPane();
    private final CardLayout states = new CardLayout();
    private final JPanel stateHolder = new JPanel(states);
    private final Timer previewTimer = new Timer(250, e -> refreshPreview());
    private final Timer listTimer = new Timer(200, e -> refreshList());
    private final WorkspaceListener workspaceListener = this::workspaceChanged;
    private final java.util.function.Consumer<ThreadChange> editorListener = this::changed;
    private ThreadEditor attached;
    private int focusIndex = -1;
    private int focusCaret = -1;

    ComposerView(ComposerModel model) {
        super(new BorderLayout());
        this.model = model;
        this.actions = new CardActions(model, this);
        this.cardList = new CardList(actions);
        this.header = new ThreadHeader(model, () -> newThread(null));
        previewTimer.setRepeats(false);
        listTimer.setRepeats(false);

        JScrollPane scroll = new JScrollPane(cardList);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        scroll.getViewport().setBackground(UIManager.getColor("Panel.background"));
        tabs.addTab(Bundle.TAB_Posts(), scroll);
        tabs.addTab(Bundle.TAB_Preview(), preview);
        tabs.addChangeListener(e -> refreshPreview());

        JPanel open = new JPanel(new BorderLayout());
        open.add(header, BorderLayout.NORTH);
        open.add(tabs, BorderLayout.CENTER);
        stateHolder.add(open, "open");
        stateHolder.add(emptyState(), "empty");
        add(stateHolder, BorderLayout.CENTER);
        status.setFont(PostCard.small(status.getFont()));
        status.setForeground(Glyphs.muted());
        status.setBorder(BorderFactory.createEmptyBorder(2, 8, 3, 8));
        add(status, BorderLayout.SOUTH);
        setTransferHandler(new ComposerTransfer(actions, -1, null, null));
        bindUndo();

        model.addSwitchListener(this::threadSwitched);
        model.addSaveListener(r -> SwingUtilities.invokeLater(() -> saved(r)));
        model.workspace().addListener(workspaceListener);
        threadSwitched();
    }

    /** Small, so the side window can be made narrow; the cards wrap to any width. */
    @Override
    public java.awt.Dimension getMinimumSize() {
        return new java.awt.Dimension(160, 120);
    }

    /** Stops listening to the workspace (the window closed). */
    void dispose() {
        model.workspace().removeListener(workspaceListener);
        previewTimer.stop();
        listTimer.stop();
    }

    ComposerModel model() {
        return model;
    }

    CardActions actions() {
        return actions;
    }

    CardList cardList() {
        return cardList;
    }

    PreviewPanel preview() {
        return preview;
    }

    JTabbedPane tabs() {
        return tabs;
    }

    ThreadHeader header() {
        return header;
    }

    /** The bar of thread-wide tools (copy, opener), for the window to add its buttons to. */
    JPanel tools() {
        return header.tools();
    }

    void newThread(String paperId) {
        focusAfterRebuild(0, 0);
        model.newThread(paperId, List.of());
    }

    // ---- layout ------------------------------------------------------------------------------

    private JPanel emptyState() {
        JPanel p = new JPanel(new GridBagLayout());
        p.setName("empty");
        JLabel l = new JLabel(Bundle.LBL_Empty(), SwingConstants.CENTER);
        l.setName("emptyLabel");
        l.setForeground(Glyphs.muted());
        JButton b = new JButton(Bundle.LBL_NewThreadButton());
        b.setName("newThread");
        b.addActionListener(e -> newThread(null));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.insets = new Insets(0, 0, 12, 0);
        p.add(l, c);
        p.add(b, c);
        p.setTransferHandler(new ComposerTransfer(actions, -1, null, null));
        return p;
    }

    private void bindUndo() {
        int menu = java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        KeyStroke undo = KeyStroke.getKeyStroke(KeyEvent.VK_Z, menu);
        KeyStroke redo = KeyStroke.getKeyStroke(KeyEvent.VK_Z, menu | KeyEvent.SHIFT_DOWN_MASK);
        KeyStroke redoY = KeyStroke.getKeyStroke(KeyEvent.VK_Y, menu);
        getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(undo, "glossUndo");
        getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(redo, "glossRedo");
        getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(redoY, "glossRedo");
        getActionMap().put("glossUndo", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                undo();
            }
        });
        getActionMap().put("glossRedo", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                redo();
            }
        });
    }

    void undo() {
        if (model.undo().canUndo()) {
            model.undo().undo();
        }
    }

    void redo() {
        if (model.undo().canRedo()) {
            model.undo().redo();
        }
    }

    // ---- following the model -----------------------------------------------------------------

    private void threadSwitched() {
        if (attached != null) {
            attached.removeListener(editorListener);
        }
        attached = model.editor();
        if (attached != null) {
            attached.addListener(editorListener);
        }
        states.show(stateHolder, attached == null ? "empty" : "open");
        status.setText(" ");
        refreshList();
        header.show(attached);
        rebuildCards();
    }

    private void changed(ThreadChange c) {
        switch (c.type()) {
            case STRUCTURE -> rebuildCards();
            case POST -> {
                List<PostCard> cards = cardList.cards();
                if (c.index() < cards.size()) {
                    cards.get(c.index()).update(attached.post(c.index()));
                }
            }
            case META -> {
                header.show(attached);
                List<PlatformRules> rules = model.rules();
                Set<Platform> numbered = model.numbered();
                cardList.cards().forEach(card -> card.setRules(rules, numbered));
            }
        }
        status.setText(Bundle.LBL_Unsaved());
        previewTimer.restart();
    }

    private void rebuildCards() {
        int keepFocus = focusedCard();
        List<PostCard> cards = new ArrayList<>();
        if (attached != null) {
            List<PlatformRules> rules = model.rules();
            Set<Platform> numbered = model.numbered();
            int n = attached.size();
            int width = cardList.getWidth() - cardList.getInsets().left - cardList.getInsets().right;
            for (int i = 0; i < n; i++) {
                PostCard card = new PostCard(actions, i, n, attached.post(i));
                card.setRules(rules, numbered);
                card.presize(width);
                int index = i;
                card.textArea().addFocusListener(new java.awt.event.FocusAdapter() {
                    @Override
                    public void focusGained(java.awt.event.FocusEvent e) {
                        lastEdited = index;
                    }
                });
                cards.add(card);
            }
        }
        cardList.setCards(cards);
        if (focusIndex < 0 && keepFocus >= 0) {
            focusIndex = Math.min(keepFocus, cards.size() - 1);
            focusCaret = -1;
        }
        SwingUtilities.invokeLater(this::applyFocus);
        previewTimer.restart();
    }

    /**
     * Puts the keyboard in a post, for Window ▸ Composer (Ctrl+3): the post edited last, else the
     * first; nothing when the focus is already inside the composer (say, after a click).
     */
    void focusPost() {
        java.awt.Component owner = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        if (owner != null && owner != this && SwingUtilities.isDescendingFrom(owner, this)) {
            return;
        }
        List<PostCard> cards = cardList.cards();
        if (!cards.isEmpty()) {
            focusIndex = Math.max(0, Math.min(lastEdited, cards.size() - 1));
            focusCaret = -1;
            applyFocus();
        }
    }

    /** Which card holds the focus, or -1. */
    private int focusedCard() {
        java.awt.Component owner = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        for (PostCard c : cardList.cards()) {
            if (owner != null && SwingUtilities.isDescendingFrom(owner, c)) {
                return c.index();
            }
        }
        return -1;
    }

    /**
     * After the next rebuild, focus card {@code index} with the caret at {@code caret} (-1: where
     * it lands; beyond the end: at the end).
     */
    @Override
    public void focusAfterRebuild(int index, int caret) {
        focusIndex = index;
        focusCaret = caret;
    }

    private void applyFocus() {
        int index = focusIndex;
        int caret = focusCaret;
        focusIndex = -1;
        List<PostCard> cards = cardList.cards();
        if (index < 0 || index >= cards.size()) {
            return;
        }
        PostCard card = cards.get(index);
        JTextComponent area = card.textArea();
        if (caret >= 0) {
            area.setCaretPosition(Math.min(caret, area.getDocument().getLength()));
        }
        area.requestFocusInWindow();
        cardList.validate(); // the new cards' heights, before scrolling to one
        card.scrollRectToVisible(new java.awt.Rectangle(0, 0, card.getWidth(), card.getHeight()));
    }

    /** On the saving thread: threads or accounts changed, here or in another window. */
    private void workspaceChanged(dev.gloss.workspace.WorkspaceEvent e) {
        if (e.kind() == Kind.THREADS || e.kind() == Kind.ACCOUNTS) {
            SwingUtilities.invokeLater(() -> {
                model.externalChange(e);
                listTimer.restart();
            });
        }
    }

    private void refreshList() {
        header.refreshList(attached);
    }

    private void refreshPreview() {
        if (tabs.getSelectedComponent() == preview) {
            preview.show(attached == null ? null : attached.thread(), model.rules(), model.workspace());
        }
    }

    private void saved(ComposerModel.SaveResult r) {
        if (r.failure() != null) {
            status.setForeground(Glyphs.red());
            status.setText(Bundle.LBL_SaveFailed(Sentences.of(r.failure())));
            return;
        }
        status.setForeground(Glyphs.muted());
        if (attached != null && r.saved().id().equals(attached.thread().id()) && !model.isDirty()) {
            status.setText(Bundle.LBL_Saved(LocalTime.now().format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT))));
        }
        listTimer.restart();
    }

    // ---- messages ---------------------------------------------------------------------------

    @Override
    public void status(String text) {
        status.setForeground(Glyphs.muted());
        status.setText(text);
        StatusDisplayer.getDefault().setStatusText(text);
    }

    @Override
    public void error(String text) {
        status.setForeground(Glyphs.red());
        status.setText(text);
        StatusDisplayer.getDefault().setStatusText(text);
    }

    /** Saves soon after focus left a field, without waiting for the typing pause. */
    @Override
    public void flushSoon() {
        if (model.editor() != null && model.isDirty()) {
            model.flush();
        }
    }

    /** For tests and the window: the card components, the status line. */
    JLabel statusLabel() {
        return status;
    }

    JComponent emptyComponent() {
        return (JComponent) stateHolder.getComponent(1);
    }
}
