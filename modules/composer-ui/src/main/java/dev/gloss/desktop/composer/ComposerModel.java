package dev.gloss.desktop.composer;

import dev.gloss.threads.Platform;
import dev.gloss.threads.Numbering;
import dev.gloss.threads.PlatformRules;
import dev.gloss.threads.QuotePosts;
import dev.gloss.threads.ThreadChecks;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceEvent;
import dev.gloss.workspace.WorkspaceException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.openide.awt.UndoRedo;

/**
 * What the composer window works on: the workspace, the thread open in it (a
 * {@link ThreadEditor}, or none), its undo history and its autosave. Opening another thread
 * saves the previous one first and starts a fresh undo history. Used on the event thread;
 * listeners are told there too, except {@link #addSaveListener save results}, which arrive on
 * the saving thread.
 */
final class ComposerModel {
    /** How long typing must pause before a draft is written. */
    static final Duration AUTOSAVE_DELAY = Duration.ofMillis(500);

    /** The outcome of a save: the saved thread, or the reason it failed. */
    record SaveResult(PostThread saved, WorkspaceException failure) {
    }

    private final Workspace ws;
    private final Autosaver saver;
    private final UndoRedo.Manager undo = new UndoRedo.Manager();
    private final List<Runnable> switchListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<SaveResult>> saveListeners = new CopyOnWriteArrayList<>();
    private final Consumer<ThreadChange> onChange = c -> draftChanged();
    private List<String> defaultPlatforms = List.of("bluesky", "mastodon");
    private ThreadEditor editor;
    private boolean onDisk;

    ComposerModel(Workspace ws, ScheduledExecutorService saveExecutor) {
        this(ws, saveExecutor, AUTOSAVE_DELAY);
    }

    ComposerModel(Workspace ws, ScheduledExecutorService saveExecutor, Duration delay) {
        this.ws = ws;
        this.saver = new Autosaver(ws, saveExecutor, delay,
                t -> saveListeners.forEach(l -> l.accept(new SaveResult(t, null))),
                e -> saveListeners.forEach(l -> l.accept(new SaveResult(null, e))));
    }

    Workspace workspace() {
        return ws;
    }

    UndoRedo.Manager undo() {
        return undo;
    }

    /** The open thread's editor, or null when no thread is open. */
    ThreadEditor editor() {
        return editor;
    }

    /** Platforms (ids) a new thread starts with when the workspace has no publishing account yet. */
    void setDefaultPlatforms(List<String> ids) {
        defaultPlatforms = List.copyOf(ids);
    }

    /**
     * The platforms a new thread starts with: those the user has accounts for (the thread is
     * counted and previewed for where it can go), else the last choice.
     */
    List<String> newThreadPlatforms() {
        List<String> ofAccounts = platformsOf(ws.accounts());
        return ofAccounts.isEmpty() ? defaultPlatforms : ofAccounts;
    }

    /** The platform ids of {@code accounts}, once each, in the order the chips show them; unknown kinds left out. */
    static List<String> platformsOf(List<AccountRef> accounts) {
        java.util.Set<String> kinds = new java.util.HashSet<>();
        accounts.forEach(a -> kinds.add(a.kind() == null ? "" : a.kind().strip().toLowerCase(java.util.Locale.ROOT)));
        return java.util.Arrays.stream(Platform.values()).map(Platform::id).filter(kinds::contains).toList();
    }

    /** The workspace's threads, newest first. */
    List<PostThread> threads() {
        List<PostThread> all = new ArrayList<>(ws.threads());
        all.sort(Comparator.comparing(PostThread::created, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(PostThread::id).reversed());
        return all;
    }

    /** Shows {@code thread} (or nothing, for null), saving the one open before. */
    void open(PostThread thread) {
        if (editor != null) {
            editor.removeListener(onChange);
            editor.removeUndoableEditListener(undo);
            saver.flush();
        }
        undo.discardAllEdits();
        editor = thread == null ? null : new ThreadEditor(thread);
        onDisk = thread != null && ws.get(Kind.THREADS, thread.id()).isPresent();
        if (editor != null) {
            editor.addListener(onChange);
            editor.addUndoableEditListener(undo);
        }
        switchListeners.forEach(Runnable::run);
    }

    /** Opens a new thread (on {@code paperId}, which may be null) holding {@code posts}, or one empty post. */
    PostThread newThread(String paperId, List<Post> posts) {
        String title = paperId == null ? null : ws.paper(paperId).map(Paper::displayTitle).orElse(null);
        Instant now = Instant.now();
        PostThread t = new PostThread(Ids.newId(), title, newThreadPlatforms(), paperId,
                posts.isEmpty() ? List.of(Post.of("")) : posts, now, now);
        open(t);
        draftChanged();
        return t;
    }

    /**
     * Adds one post per annotation at {@code at} of the open thread (-1: at the end), or opens a
     * new thread on the first annotation's paper when none is open.
     */
    void quote(List<Annotation> annotations, int at) {
        if (annotations.isEmpty()) {
            return;
        }
        // the paper's link once per thread: not again when the opener or an earlier quote gives it
        List<String> thread = editor == null ? List.of() : editor.thread().posts().stream().map(Post::text).toList();
        List<Post> posts = QuotePosts.posts(annotations, ws::paper, thread);
        String paperId = annotations.get(0).paperId();
        if (editor == null) {
            newThread(paperId, posts);
        } else {
            editor.insert(at < 0 ? editor.size() : at, posts, paperId);
        }
    }

    /** Opens a new thread on the first annotation's paper holding one post per annotation. */
    void quoteInNewThread(List<Annotation> annotations) {
        if (!annotations.isEmpty()) {
            newThread(annotations.get(0).paperId(), QuotePosts.posts(annotations, ws::paper));
        }
    }

    /** Adds dropped or pasted text as a post, like {@link #quote}. */
    void insertText(String text, int at) {
        Post p = QuotePosts.fromText(text);
        if (p == null) {
            return;
        }
        if (editor == null) {
            newThread(null, List.of(p));
        } else {
            editor.insert(at < 0 ? editor.size() : at, List.of(p), null);
        }
    }

    /** The rules the open thread is held to (none when no thread is open). */
    List<PlatformRules> rules() {
        return editor == null ? List.of() : ThreadChecks.rules(editor.platforms(), ws.accounts());
    }

    /** The open thread's platforms whose (first) account numbers its posts, as the preview and the publishers number them. */
    Set<Platform> numbered() {
        return editor == null ? Set.of() : editor.platforms().stream()
                .filter(p -> Numbering.wanted(p, ws.accounts())).collect(Collectors.toUnmodifiableSet());
    }

    /** Writes the open draft now (focus loss, closing); completes when it is on disk. */
    CompletableFuture<Void> flush() {
        return saver.flush();
    }

    boolean isDirty() {
        return saver.isDirty();
    }

    /**
     * Follows a change saved by someone else (another window): a deleted open thread is closed
     * without saving it again; a changed one is shown as changed when there are no unsaved edits
     * here (with unsaved edits, the next save here wins).
     */
    void externalChange(WorkspaceEvent e) {
        if (editor == null || e.kind() != Kind.THREADS || !editor.thread().id().equals(e.id())) {
            return;
        }
        if (e.change() == WorkspaceEvent.Change.REMOVED) {
            saver.discard();
            editor.removeListener(onChange);
            editor.removeUndoableEditListener(undo);
            editor = null;
            undo.discardAllEdits();
            switchListeners.forEach(Runnable::run);
        } else if (e.value() instanceof PostThread t && t != saver.lastSaved() && !saver.isDirty()
                && !ThreadEditor.sameContent(t, editor.thread())) {
            editor.removeListener(onChange);
            editor.removeUndoableEditListener(undo);
            editor = null;
            open(t);
        }
    }

    void addSwitchListener(Runnable l) {
        switchListeners.add(l);
    }

    void addSaveListener(Consumer<SaveResult> l) {
        saveListeners.add(l);
    }

    private void draftChanged() {
        PostThread t = editor.thread();
        // An untouched new thread is not worth a file; once it has one, every change is saved,
        // emptying it included.
        if (onDisk || hasContent(t)) {
            onDisk = true;
            saver.changed(t);
        }
    }

    static boolean hasContent(PostThread t) {
        return t.title() != null && !t.title().isBlank()
                || t.posts().stream().anyMatch(p -> !p.text().isBlank() || !p.images().isEmpty());
    }
}
