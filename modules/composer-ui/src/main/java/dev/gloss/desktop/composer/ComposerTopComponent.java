package dev.gloss.desktop.composer;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.desktop.core.widgets.WindowMinimum;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.awt.BorderLayout;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.UndoRedo;
import org.openide.util.NbBundle;
import org.openide.util.NbPreferences;
import org.openide.util.RequestProcessor;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * The thread composer window (right side, beside the reader): one thread at a time as a column of
 * post cards. Its undo history is the window's {@link UndoRedo}; drafts are saved as the user
 * types, when the window loses focus, when it closes and when the application exits.
 */
@ConvertAsProperties(dtd = "-//dev.gloss.desktop.composer//Composer//EN", autostore = false)
@TopComponent.Description(preferredID = ComposerTopComponent.ID, iconBase = "dev/gloss/desktop/composer/composer.png",
        persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "composer", openAtStartup = true)
@ActionID(category = "Window", id = "dev.gloss.desktop.composer.ComposerTopComponent")
@ActionReferences({
    @ActionReference(path = "Menu/Window", position = 30),
    @ActionReference(path = "Shortcuts", name = "D-3")
})
@TopComponent.OpenActionRegistration(displayName = "#CTL_ComposerAction", preferredID = ComposerTopComponent.ID)
@NbBundle.Messages({
    "CTL_ComposerAction=Composer",
    "CTL_ComposerTopComponent=Composer",
    "HINT_ComposerTopComponent=Compose a thread of posts from your highlights",
    "LBL_Loading=Opening the workspace…"
})
public final class ComposerTopComponent extends TopComponent {
    static final String ID = "ComposerTopComponent";
    private static final Logger LOG = Logger.getLogger(ComposerTopComponent.class.getName());
    /**
     * Never interrupts a save: typing cancels the waiting save, and an interrupting processor
     * interrupted the one being written (its file channel closed: "Not saved" while typing fast).
     */
    static final RequestProcessor SAVER = new RequestProcessor("Gloss composer autosave", 1, false);
    private static final List<ComposerModel> LIVE = new CopyOnWriteArrayList<>();
    private static final String PREF_PLATFORMS = "platforms";
    private static final String PREF_THREAD = "thread";

    private final List<Consumer<ComposerView>> whenReady = new CopyOnWriteArrayList<>();
    private ComposerModel model;
    private ComposerView view;

    public ComposerTopComponent() {
        setName(Bundle.CTL_ComposerTopComponent());
        setToolTipText(Bundle.HINT_ComposerTopComponent());
        setLayout(new BorderLayout());
        WindowMinimum.apply(this);
        JLabel loading = new JLabel(Bundle.LBL_Loading(), SwingConstants.CENTER);
        loading.setEnabled(false);
        add(loading, BorderLayout.CENTER);
    }

    /** The composer window, opened and brought to front. */
    static ComposerTopComponent showComposer() {
        TopComponent tc = WindowManager.getDefault().findTopComponent(ID);
        ComposerTopComponent composer = tc instanceof ComposerTopComponent c ? c : new ComposerTopComponent();
        composer.open();
        composer.requestActive();
        return composer;
    }

    /** Runs {@code action} with the view once the workspace is open (at once when it is). */
    void withView(Consumer<ComposerView> action) {
        if (view != null) {
            action.accept(view);
        } else {
            whenReady.add(action);
        }
    }

    @Override
    protected void componentOpened() {
        if (model == null) {
            // the view (cards, previews, emoji) after the start's first page: it would take a core from it
            GlossWorkspace.whenReadyAfterFirstPage(this::attach);
        } else {
            LIVE.add(model);
        }
    }

    @Override
    protected void componentActivated() {
        // Ctrl+3 from the keyboard lands in a post, not on the thread picker; a click keeps its own target
        if (view != null && !(java.awt.EventQueue.getCurrentEvent() instanceof java.awt.event.MouseEvent)) {
            SwingUtilities.invokeLater(view::focusPost);
        }
    }

    private void attach(Workspace ws) {
        if (model != null) {
            return;
        }
        model = new ComposerModel(ws, SAVER);
        model.setDefaultPlatforms(Arrays.asList(prefs().get(PREF_PLATFORMS, "bluesky,mastodon").split(",")));
        model.addSwitchListener(this::remember);
        view = new ComposerView(model);
        ComposerTools.install(view);
        removeAll();
        add(view, BorderLayout.CENTER);
        revalidate();
        repaint();
        LIVE.add(model);
        firePropertyChange("undoRedo", null, model.undo());
        // the thread open last time, else (first start, or it was never saved) the newest one
        String last = prefs().get(PREF_THREAD, null);
        PostThread first = (last == null ? java.util.Optional.<PostThread>empty() : ws.get(Kind.THREADS, last))
                .orElseGet(() -> model.threads().stream().findFirst().orElse(null));
        if (first != null) {
            model.open(first);
        }
        whenReady.forEach(a -> a.accept(view));
        whenReady.clear();
    }

    /** Remembers the open thread and its platforms (the next new thread starts with them). */
    private void remember() {
        ThreadEditor ed = model.editor();
        if (ed == null) {
            prefs().remove(PREF_THREAD);
            return;
        }
        prefs().put(PREF_THREAD, ed.thread().id());
        ed.addListener(c -> {
            if (c.type() == ThreadChange.Type.META && !ed.thread().platforms().isEmpty()) {
                String ids = String.join(",", ed.thread().platforms());
                prefs().put(PREF_PLATFORMS, ids);
                model.setDefaultPlatforms(ed.thread().platforms());
            }
        });
    }

    @Override
    public java.awt.Dimension getMinimumSize() {
        return new java.awt.Dimension(160, 120);
    }

    @Override
    public UndoRedo getUndoRedo() {
        return model == null ? UndoRedo.NONE : model.undo();
    }

    @Override
    protected void componentDeactivated() {
        if (view != null) {
            view.flushSoon();
        }
    }

    @Override
    protected void componentClosed() {
        if (model != null) {
            model.flush();
            LIVE.remove(model);
        }
    }

    /** Quotes highlights into the open thread, or a new one (see {@link ComposerModel#quote}). */
    void quote(List<Annotation> annotations) {
        withView(v -> v.actions().quote(annotations, -1));
    }

    /** A post with this text at the end of the open thread (or a new thread). */
    void insertText(String text) {
        withView(v -> v.actions().insertText(text, -1));
    }

    void newThread(String paperId) {
        withView(v -> v.newThread(paperId));
    }

    /** Writes every open composer's draft; called when the application exits. */
    static void flushAll() {
        for (ComposerModel m : LIVE) {
            try {
                m.flush().get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                LOG.log(Level.INFO, "Draft not written at exit", e);
            }
        }
    }

    private static Preferences prefs() {
        return NbPreferences.forModule(ComposerTopComponent.class);
    }

    void writeProperties(Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(Properties p) {
        // the open thread is kept in the module's preferences, read when the workspace is ready
    }
}
