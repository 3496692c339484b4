package dev.gloss.desktop.library;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.desktop.core.widgets.WindowMinimum;
import dev.gloss.sources.Identifiers;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceListener;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Font;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.beans.PropertyVetoException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.KeyStroke;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.explorer.ExplorerManager;
import org.openide.explorer.ExplorerUtils;
import org.openide.explorer.view.OutlineView;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.Children;
import org.openide.nodes.Node;
import org.openide.util.NbBundle;
import org.openide.windows.TopComponent;

/** The library: every paper of the workspace with its authors and when it was added. */
@ConvertAsProperties(dtd = "-//dev.gloss.desktop.library//Library//EN", autostore = false)
@TopComponent.Description(preferredID = "LibraryTopComponent", iconBase = "dev/gloss/desktop/library/paper.png",
        persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "library", openAtStartup = true, position = 10)
@ActionID(category = "Window", id = "dev.gloss.desktop.library.LibraryTopComponent")
@ActionReferences({
    @ActionReference(path = "Menu/Window", position = 10),
    @ActionReference(path = "Shortcuts", name = "D-1")
})
@TopComponent.OpenActionRegistration(displayName = "#CTL_LibraryAction", preferredID = "LibraryTopComponent")
@NbBundle.Messages({
    "CTL_LibraryAction=Library",
    "CTL_LibraryTopComponent=Library",
    "HINT_LibraryTopComponent=The papers of your workspace",
    "COL_Title=Title",
    "LBL_Loading=Loading the library…",
    "LBL_Empty=<html><center>No papers yet.<br>Paste a link to a paper (Ctrl+V), use File \u25B8 Add Paper from Link… or Import PDF…,<br>or drop PDF files or links here.</center></html>",
    "BTN_Link=+ Link",
    "HINT_Link=Add a paper from a link: an arXiv id or URL, a DOI, an OpenReview or ACL page, a PDF's address (Ctrl+Shift+L)",
    "LBL_NoMatch=No papers match the filter",
    "LBL_NoMatchLink=<html><center>No paper in the library has this link.<br>Press Enter to add it.</center></html>",
    "HINT_Filter=Filter by title, author, year, arXiv id or tag",
    "QS_Library=Library"
})
public final class LibraryTopComponent extends TopComponent implements ExplorerManager.Provider {
    private static final Logger LOG = Logger.getLogger(LibraryTopComponent.class.getName());
    private final ExplorerManager manager = new ExplorerManager();
    private final CardLayout cards = new CardLayout();
    private final JPanel body = new JPanel(cards);
    private final JLabel message = new JLabel(Bundle.LBL_Loading(), SwingConstants.CENTER);
    private final JTextField filter = new JTextField();
    private PaperChildFactory factory;
    private final WorkspaceListener listener = e -> {
        if (e.kind() == Kind.PAPERS || e.kind() == Kind.ANNOTATIONS) {
            SwingUtilities.invokeLater(this::refresh);
        }
    };

    public LibraryTopComponent() {
        setName(Bundle.CTL_LibraryTopComponent());
        setToolTipText(Bundle.HINT_LibraryTopComponent());
        setLayout(new BorderLayout());
        WindowMinimum.apply(this);
        OutlineView view = new OutlineView(Bundle.COL_Title());
        view.setPropertyColumns("authors", Bundle.COL_Authors(), "year", Bundle.COL_Year(), "arxiv", Bundle.COL_Arxiv(),
                "annotations", Bundle.COL_Annotations(), "threads", Bundle.COL_Threads(), "added", Bundle.COL_Added());
        view.getOutline().setRootVisible(false);
        view.getOutline().setRowHeight(Thumbnails.ROW_HEIGHT); // each paper's first page beside its title
        // titles with emoji (a paper's own, or a thread's) show them as images on this machine too
        view.getOutline().getColumnModel().getColumn(0).setCellRenderer(
                new EmojiTitleRenderer(view.getOutline().getDefaultRenderer(Object.class)));
        view.getOutline().setColumnHidingAllowed(true);
        // the slim library column shows titles; the filter finds authors, and any column can be shown again
        hideByDefault(view, Bundle.COL_Authors(), Bundle.COL_Arxiv(), Bundle.COL_Threads(), Bundle.COL_Added());
        view.setBorder(BorderFactory.createEmptyBorder());
        filter.putClientProperty("JTextField.placeholderText", Bundle.HINT_Filter());
        filter.putClientProperty("JTextField.showClearButton", Boolean.TRUE);
        filter.setToolTipText(Bundle.HINT_Filter());
        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                applyFilter();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                applyFilter();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                applyFilter();
            }
        });
        // keyboard: Down goes to the list, Enter opens the first paper shown
        filter.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "gloss.toList");
        filter.getActionMap().put("gloss.toList", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                selectFirst();
                view.getOutline().requestFocusInWindow();
            }
        });
        filter.addActionListener(e -> {
            // a link typed or pasted into the filter that matches no paper: Enter adds the paper it names
            if (factory != null && factory.shown() == 0 && Identifiers.looksLikeOne(filter.getText())) {
                LinkAdding.start(filter.getText());
                filter.setText("");
                return;
            }
            Node first = selectFirst();
            Action open = first == null ? null : first.getPreferredAction();
            if (open != null) {
                open.actionPerformed(new ActionEvent(first, ActionEvent.ACTION_PERFORMED, ""));
            }
        });
        JPanel top = new JPanel(new BorderLayout(4, 0));
        top.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        top.add(filter, BorderLayout.CENTER);
        javax.swing.JButton link = new javax.swing.JButton(Bundle.BTN_Link());
        link.setToolTipText(Bundle.HINT_Link());
        link.putClientProperty("JButton.buttonType", "toolBarButton");
        link.addActionListener(e -> new AddFromLinkAction().actionPerformed(e));
        link.setName("gloss.library.addFromLink");
        top.add(link, BorderLayout.EAST);
        add(top, BorderLayout.NORTH);
        FileDrop drop = new FileDrop();
        // Ctrl+V of a link in the list (or the empty library) adds the paper it names
        // (the list's own Ctrl+V goes to its transfer handler; the text field keeps its own paste)
        javax.swing.Action paste = TransferHandler.getPasteAction();
        AbstractAction pasteLinks = new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                paste.actionPerformed(new ActionEvent(view.getOutline(), ActionEvent.ACTION_PERFORMED, "paste"));
            }
        };
        getActionMap().put(javax.swing.text.DefaultEditorKit.pasteAction, pasteLinks);
        getActionMap().put("gloss.pasteLinks", pasteLinks);
        getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_V,
                java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()), "gloss.pasteLinks");
        setTransferHandler(drop);
        view.setTransferHandler(drop);
        view.getOutline().setTransferHandler(drop);
        message.setTransferHandler(drop);
        message.setFont(message.getFont().deriveFont(Font.PLAIN));
        // the empty library takes the keyboard when clicked, so Ctrl+V of a link there adds it
        message.setFocusable(true);
        message.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(java.awt.event.MouseEvent e) {
                message.requestFocusInWindow();
            }
        });
        message.setEnabled(false);
        body.add(view, "list");
        body.add(message, "message");
        cards.show(body, "message");
        add(body, BorderLayout.CENTER);
        associateLookup(ExplorerUtils.createLookup(manager, getActionMap()));
    }

    /** Selects the first paper shown unless one is selected; returns the selected paper, if any. */
    private Node selectFirst() {
        Node[] selected = manager.getSelectedNodes();
        if (selected.length > 0) {
            return selected[0];
        }
        Node[] shown = manager.getRootContext().getChildren().getNodes();
        if (shown.length == 0) {
            return null;
        }
        try {
            manager.setSelectedNodes(new Node[]{shown[0]});
        } catch (PropertyVetoException e) {
            LOG.log(Level.FINE, "selection vetoed", e);
        }
        return shown[0];
    }

    @Override
    protected void componentActivated() {
        // Window > Library (Ctrl+1) lands in the filter, ready to type, Down or Enter
        filter.requestFocusInWindow();
    }

    @Override
    protected void componentOpened() {
        // the papers' rows after the start's first page: they would take a core from it
        GlossWorkspace.whenReadyAfterFirstPage(this::attach);
        // The library is the home of the app: in front of anything else the platform puts in its mode.
        org.openide.windows.WindowManager.getDefault().invokeWhenUIReady(this::requestVisible);
    }

    private void attach(Workspace ws) {
        ws.addListener(listener);
        factory = new PaperChildFactory(() -> SwingUtilities.invokeLater(this::showState));
        manager.setRootContext(new AbstractNode(Children.create(factory, true)));
    }

    private void showState() {
        if (factory == null) {
            return;
        }
        boolean none = factory.total() == 0;
        boolean noMatch = !none && factory.shown() == 0;
        boolean link = Identifiers.looksLikeOne(filter.getText());
        message.setText(none && !link ? Bundle.LBL_Empty() : link ? Bundle.LBL_NoMatchLink() : Bundle.LBL_NoMatch());
        cards.show(body, none || noMatch ? "message" : "list");
    }

    /** The left panel is narrow: title, authors, year and notes show; the rest via the column menu. */
    private static void hideByDefault(OutlineView view, String... headers) {
        org.netbeans.swing.etable.ETableColumnModel columns =
                (org.netbeans.swing.etable.ETableColumnModel) view.getOutline().getColumnModel();
        java.util.List<String> hidden = java.util.List.of(headers);
        for (int i = columns.getColumnCount() - 1; i >= 0; i--) {
            javax.swing.table.TableColumn c = columns.getColumn(i);
            if (hidden.contains(String.valueOf(c.getHeaderValue()))) {
                columns.setColumnHidden(c, true);
            } else if (i == 0) {
                c.setPreferredWidth(260);
            } else {
                // the title takes the width; the table shares it out by these
                c.setPreferredWidth(56);
            }
        }
    }

    private void applyFilter() {
        if (factory != null) {
            factory.setFilter(filter.getText());
        }
    }

    private void refresh() {
        if (factory != null) {
            factory.refresh();
        }
    }

    @Override
    protected void componentClosed() {
        GlossWorkspace.future().thenAccept(ws -> ws.removeListener(listener));
    }

    @Override
    public ExplorerManager getExplorerManager() {
        return manager;
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // nothing to restore beyond what the window system keeps
    }
}
