package dev.gloss.desktop.reader;

import dev.gloss.desktop.core.widgets.WindowMinimum;
import dev.gloss.desktop.reader.annotate.AnnotationModel;
import dev.gloss.desktop.reader.navigate.HistoryMemory;
import dev.gloss.desktop.reader.navigate.PositionMemory;
import dev.gloss.desktop.reader.open.DamageBanner;
import dev.gloss.desktop.reader.open.DocumentLoader;
import dev.gloss.desktop.reader.open.LibraryAdder;
import dev.gloss.desktop.reader.open.LibraryBanner;
import dev.gloss.desktop.reader.open.OpeningCard;
import dev.gloss.desktop.reader.open.PaperFinder;
import dev.gloss.desktop.reader.open.RecentFiles;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.desktop.reader.render.ReadingPosition;
import dev.gloss.desktop.reader.render.Zoom;
import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.pdf.PdfException;
import dev.gloss.pdf.raster.PageRasters;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceEvent;
import dev.gloss.workspace.WorkspaceListener;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Font;
import java.awt.GridBagLayout;
import java.io.File;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import org.openide.awt.UndoRedo;
import org.openide.filesystems.FileUtil;
import org.openide.loaders.DataObject;
import org.openide.util.NbBundle;
import org.openide.util.lookup.AbstractLookup;
import org.openide.util.lookup.InstanceContent;
import org.openide.util.lookup.Lookups;
import org.openide.util.lookup.ProxyLookup;
import org.openide.windows.Mode;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * A reader tab: one per PDF file. Opens the document in the background (asking for a password
 * when it needs one), then shows it, or the sentence that says why it cannot. Its lookup holds
 * the file's data object and node, the document's undo/redo manager and, once open, the
 * {@link ReaderPanel}'s models: the text selection and the {@link AnnotationModel}.
 */
@TopComponent.Description(preferredID = "ReaderTopComponent", iconBase = "dev/gloss/desktop/reader/pdf.png",
        persistenceType = TopComponent.PERSISTENCE_NEVER)
@NbBundle.Messages({
    "# {0} - file name",
    "LBL_Opening=Opening {0}\u2026",
    "BTN_EnterPassword=Enter Password\u2026",
    "BTN_TryAgain=Try Again"
})
public final class ReaderTopComponent extends TopComponent {
    private static final Logger LOG = Logger.getLogger(ReaderTopComponent.class.getName());
    private final DataObject dataObject;
    private final Path file;
    private final UndoRedo.Manager undo = new UndoRedo.Manager();
    private final InstanceContent content = new InstanceContent();
    private final CardLayout cards = new CardLayout();
    private final JPanel body = new JPanel(cards);
    private final JLabel messageText = new JLabel("", SwingConstants.CENTER);
    private final JButton retry = new JButton();
    private final PositionMemory memory = PositionMemory.standard();
    private final HistoryMemory histories = HistoryMemory.standard();
    private final Timer savePosition = new Timer(1500, e -> rememberPosition());
    private ReaderPanel reader;
    /** The card shown while the file opens: the view kept from last time, or a line. */
    private final OpeningCard opening;
    /** The "not in your library" line over a PDF that is not a paper, or null. */
    private LibraryBanner banner;
    private boolean closed;
    private boolean navigated;
    /** The file could not be shown. */
    private boolean failed;
    private final java.util.List<java.util.function.Consumer<ReaderPanel>> pending = new java.util.ArrayList<>();
    private Annotation selectedInLookup;
    private final WorkspaceListener paperListener = this::paperChanged;
    private Workspace workspace;
    /** The reader tab the user was in last (for Window > Reader); null when none is open. */
    private static WeakReference<ReaderTopComponent> lastActive = new WeakReference<>(null);

    ReaderTopComponent(DataObject dataObject) {
        this.dataObject = dataObject;
        File f = FileUtil.toFile(dataObject.getPrimaryFile());
        this.file = f == null ? Path.of(dataObject.getPrimaryFile().getPath()) : f.toPath();
        setName(file.getFileName().toString());
        setDisplayName(file.getFileName().toString());
        setToolTipText(file.toString());
        setLayout(new BorderLayout());
        WindowMinimum.apply(this);
        opening = new OpeningCard(Bundle.LBL_Opening(file.getFileName()));
        body.add(opening, "loading");
        body.add(messagePanel(), "message");
        add(body, BorderLayout.CENTER);
        savePosition.setRepeats(false);
        associateLookup(new ProxyLookup(Lookups.fixed(dataObject, dataObject.getNodeDelegate(), undo),
                new AbstractLookup(content)));
    }

    private JPanel messagePanel() {
        JPanel p = new JPanel(new GridBagLayout());
        JPanel column = new JPanel();
        column.setLayout(new BoxLayout(column, BoxLayout.Y_AXIS));
        column.setOpaque(false);
        messageText.setFont(messageText.getFont().deriveFont(Font.PLAIN, messageText.getFont().getSize2D() + 2f));
        messageText.setAlignmentX(CENTER_ALIGNMENT);
        messageText.setBorder(BorderFactory.createEmptyBorder(0, 24, 12, 24));
        retry.setAlignmentX(CENTER_ALIGNMENT);
        retry.addActionListener(e -> load());
        column.add(messageText);
        column.add(Box.createVerticalStrut(4));
        column.add(retry);
        p.add(column);
        return p;
    }

    /** Opens the reader for a PDF data object, or brings its open tab to the front; returns the tab. */
    static ReaderTopComponent openFor(DataObject d) {
        for (TopComponent tc : WindowManager.getDefault().getRegistry().getOpened()) {
            if (tc instanceof ReaderTopComponent r && r.dataObject.equals(d)) {
                r.requestActive();
                return r;
            }
        }
        ReaderTopComponent tc = new ReaderTopComponent(d);
        Mode editor = WindowManager.getDefault().findMode("editor");
        if (editor != null) {
            editor.dockInto(tc);
        }
        tc.open();
        tc.requestActive();
        return tc;
    }

    /**
     * Runs {@code action} on the reader once the document is shown (at once if it is); a tab
     * asked to show a place does not go back to the remembered reading position.
     */
    void whenLoaded(java.util.function.Consumer<ReaderPanel> action) {
        if (reader != null) {
            action.accept(reader);
        } else {
            navigated = true;
            pending.add(action);
        }
    }

    /** Whether this tab could not open its file (it is not reopened at the next start). */
    boolean failedToOpen() {
        return failed && reader == null;
    }

    /** The file shown. */
    public Path file() {
        return file;
    }

    /** The reader once the document is open, else null. */
    ReaderPanel reader() {
        return reader;
    }

    @Override
    protected void componentOpened() {
        load();
    }

    private void load() {
        cards.show(body, "loading");
        opening.waiting();
        new DocumentLoader(file, new DocumentLoader.Callback() {
            @Override
            public void kept(PageRasters.View view) {
                if (reader == null && !closed) {
                    opening.show(view.image(), view.note());
                }
            }

            @Override
            public void loaded(OpenDocument doc) {
                opening.clear();
                show(doc);
            }

            @Override
            public void failed(String sentence, PdfException.Reason reason) {
                opening.clear();
                dev.gloss.desktop.core.FirstPage.painted(); // no page is coming: nothing waits for it
                showProblem(sentence, reason);
            }
        }, rasters()).start();
    }

    /** Where the pages a reader shows are kept between openings: the workspace's derived folder. */
    private static PageRasters rasters() {
        return PageRasters.in(GlossWorkspace.derivedFolder());
    }

    private void show(OpenDocument doc) {
        if (closed) {
            doc.close();
            return;
        }
        ReaderTopComponent same = sameDocumentOpen(doc);
        if (same != null) {
            handOver(same, doc);
            return;
        }
        reader = new ReaderPanel(doc, undo, rasters());
        JPanel page = new JPanel(new BorderLayout());
        JPanel bars = new JPanel();
        bars.setLayout(new BoxLayout(bars, BoxLayout.Y_AXIS));
        DamageBanner damaged = DamageBanner.of(doc);
        if (damaged != null) {
            // a damaged file that opened must not pass for a whole one
            bars.add(damaged);
        }
        if (!doc.fileMarkupHidden()) {
            // not a paper when it was opened: offer to add it (hidden once it is one)
            ReaderPanel added = reader;
            banner = new LibraryBanner(() -> LibraryAdder.add(doc, (ws, paper) -> attachPaper(added, ws, paper),
                    () -> banner.ready()));
            bars.add(banner);
        }
        if (bars.getComponentCount() > 0) {
            page.add(bars, BorderLayout.NORTH);
        }
        page.add(reader, BorderLayout.CENTER);
        body.add(page, "reader");
        // a tab already on screen lays the reader out behind the opening card and shows it at its
        // place at once (no frame at the top of page 1 first); one not yet laid out does so later
        boolean laidOut = body.getWidth() > 0 && body.getHeight() > 0;
        if (laidOut) {
            body.validate();
        } else {
            cards.show(body, "reader");
        }
        content.add(reader.selection());
        content.add(reader.annotations());
        // Back and Forward belong to the document: in its Lookup, and kept across a restart
        var history = reader.history();
        content.add(history);
        histories.recall(doc.sha256(), history);
        history.addChangeListener(e -> histories.remember(doc.sha256(), history));
        getActionMap().put("copy-to-clipboard", reader.copyAction());
        getActionMap().put("org.openide.actions.FindAction", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                if (reader != null) {
                    reader.openFind();
                }
            }
        });
        RecentFiles.standard().add(file);
        PageView view = reader.view();
        view.hold(); // until it is at its remembered position
        view.addPropertyChangeListener(PageView.PROP_PAGE, e -> {
            updateStatus();
            savePosition.restart();
        });
        view.addPropertyChangeListener(PageView.PROP_SCALE, e -> {
            updateStatus();
            savePosition.restart();
        });
        ReaderPanel shown = reader;
        shown.annotations().addChangeListener(e -> followSelection(shown));
        ReadingPosition start = memory.recall(doc.sha256()).orElse(null);
        // restore once the view has its size in the window
        Runnable restore = () -> {
            if (reader != shown) {
                return;
            }
            if (start != null && !navigated) {
                view.restore(start);
            } else {
                view.setZoom(start != null ? start.zoom() : Zoom.FIT_WIDTH, null);
            }
            view.release();
            cards.show(body, "reader");
            for (java.util.function.Consumer<ReaderPanel> action : pending) {
                action.accept(shown);
            }
            pending.clear();
            view.requestFocusInWindow();
            updateStatus();
        };
        if (laidOut) {
            restore.run();
        } else {
            javax.swing.SwingUtilities.invokeLater(restore);
        }
        PaperFinder.find(doc, (ws, paper) -> attachPaper(shown, ws, paper));
        shown.editor().setAddToLibrary(() -> LibraryAdder.add(doc, (ws, paper) -> attachPaper(shown, ws, paper), () -> { }));
        LOG.log(java.util.logging.Level.INFO, "Reader opened {0} ({1} pages)", new Object[] {file, doc.pageCount()});
    }

    /**
     * The other reader tab showing the same PDF (the same file, or a copy with the same content:
     * a paper opened with Open File and again from the Library), or null.
     */
    private ReaderTopComponent sameDocumentOpen(OpenDocument doc) {
        for (TopComponent tc : WindowManager.getDefault().getRegistry().getOpened()) {
            if (tc != this && tc instanceof ReaderTopComponent r && r.reader != null
                    && (r.file.equals(file) || r.reader.document().sha256().equals(doc.sha256()))) {
                return r;
            }
        }
        return null;
    }

    /** This tab was a second one of {@code same}'s document: that tab does what this one was asked, and this one goes. */
    private void handOver(ReaderTopComponent same, OpenDocument doc) {
        org.openide.util.RequestProcessor.getDefault().post(doc::close);
        LOG.log(java.util.logging.Level.INFO, "Reader: {0} is already open in the tab of {1}", new Object[] {file, same.file});
        for (java.util.function.Consumer<ReaderPanel> action : pending) {
            same.whenLoaded(action);
        }
        pending.clear();
        close();
        same.activateReading();
    }

    /** Shows the annotations of the paper this file is, and puts the paper into the lookup. */
    private void attachPaper(ReaderPanel shown, dev.gloss.workspace.Workspace ws, Paper paper) {
        if (reader != shown || shown.annotations().paper() != null) {
            return;
        }
        content.add(paper);
        if (banner != null) {
            boolean hadFocus = banner.button().isFocusOwner();
            banner.setVisible(false);
            if (hadFocus) {
                shown.view().requestFocusInWindow(); // not the next field in line: the page
            }
        }
        shown.hideFileMarkup();
        shown.annotations().attach(ws, paper);
        showTitle(paper);
        workspace = ws;
        ws.addListener(paperListener);
    }

    /** The tab shows the paper's title (shortened; whole in the tooltip), or the file name when it has none. */
    private void showTitle(Paper paper) {
        String title = paper.title() == null || paper.title().isBlank() ? file.getFileName().toString() : paper.title().strip();
        setName(title);
        setDisplayName(TabTitle.shorten(title, TabTitle.MAX));
        setToolTipText(TabTitle.tooltip(title, file.toString()));
    }

    /** Follows the paper's title when it is edited (in the library) while the tab is open. */
    private void paperChanged(WorkspaceEvent e) {
        if (e.kind() != Kind.PAPERS || !(e.value() instanceof Paper p)
                || e.change() == WorkspaceEvent.Change.REMOVED) {
            return;
        }
        javax.swing.SwingUtilities.invokeLater(() -> {
            Paper now = reader == null ? null : reader.annotations().paper();
            if (now != null && now.id().equals(p.id()) && !closed) {
                showTitle(p);
            }
        });
    }

    /** Puts the annotation selected in the reader into this tab's lookup (the annotation view follows it). */
    private void followSelection(ReaderPanel shown) {
        Annotation now = shown.annotations().selected();
        if (now == selectedInLookup) {
            return;
        }
        if (selectedInLookup != null) {
            content.remove(selectedInLookup);
        }
        selectedInLookup = now;
        if (now != null) {
            content.add(now);
        }
    }

    private void showProblem(String sentence, PdfException.Reason reason) {
        if (closed) {
            return;
        }
        messageText.setText("<html><div style='text-align:center'>" + escape(sentence) + "</div></html>");
        if (reason != PdfException.Reason.INTERRUPTED) {
            // said once, here: the tab does not come back at the next start (Try Again may still open it)
            failed = true;
            OpenPapers.standard().forget(file);
        }
        boolean password = reason.needsPassword();
        retry.setText(password ? Bundle.BTN_EnterPassword() : Bundle.BTN_TryAgain());
        retry.setVisible(password || reason.isTransient());
        cards.show(body, "message");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void updateStatus() {
        if (reader != null && TopComponent.getRegistry().getActivated() == this) {
            PageView v = reader.view();
            ReaderStatus.show(v.currentPage(), reader.document().label(v.currentPage()), reader.document().pageCount(), v.percent());
        }
    }

    private void rememberPosition() {
        if (reader != null) {
            memory.remember(reader.document().sha256(), reader.view().position());
        }
    }

    /** The reader tab that was active last and is still open, or null. */
    static ReaderTopComponent lastActive() {
        ReaderTopComponent r = lastActive.get();
        return r != null && r.isOpened() ? r : null;
    }

    /** Makes this tab the active window and gives its pages the keyboard focus. */
    void activateReading() {
        requestActive();
        if (reader != null) {
            reader.view().requestFocusInWindow();
        }
    }

    @Override
    protected void componentActivated() {
        lastActive = new WeakReference<>(this);
        updateStatus();
        if (reader != null) {
            reader.view().requestFocusInWindow();
        }
    }

    @Override
    protected void componentDeactivated() {
        ReaderStatus.clear();
    }

    @Override
    protected void componentClosed() {
        closed = true;
        savePosition.stop();
        if (lastActive.get() == this) {
            lastActive = new WeakReference<>(null);
        }
        if (workspace != null) {
            workspace.removeListener(paperListener);
            workspace = null;
        }
        if (reader != null) {
            rememberPosition();
            reader.close();
            content.remove(reader.selection());
            content.remove(reader.annotations());
            content.remove(reader.history());
            if (reader.annotations().paper() != null) {
                content.remove(reader.annotations().paper());
            }
            if (selectedInLookup != null) {
                content.remove(selectedInLookup);
                selectedInLookup = null;
            }
            body.remove(reader.getParent());
            banner = null;
            reader = null;
        }
        ReaderStatus.clear();
        undo.discardAllEdits();
    }

    @Override
    public UndoRedo getUndoRedo() {
        return undo;
    }

    @Override
    public int getPersistenceType() {
        return TopComponent.PERSISTENCE_NEVER;
    }

    @Override
    protected String preferredID() {
        return "ReaderTopComponent";
    }
}
