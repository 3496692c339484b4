package dev.gloss.desktop.composer;

import dev.gloss.threads.Platform;
import dev.gloss.threads.PlatformRules;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.PostThread;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.event.UndoableEditEvent;
import javax.swing.event.UndoableEditListener;
import org.openide.util.NbBundle;

/**
 * The thread being composed and every change a user can make to it, each one undoable. Holds an
 * immutable {@link PostThread} and replaces it on every change; tells listeners what changed and
 * hands each undoable step to the {@link UndoableEditListener}s (the window's undo manager).
 * Not thread-safe: used on the event thread.
 */
@NbBundle.Messages({
    "UNDO_Typing=Typing",
    "UNDO_Alt=Alt Text",
    "UNDO_Title=Title",
    "UNDO_Platforms=Platforms",
    "UNDO_Add=Add Post",
    "UNDO_Delete=Delete Post",
    "UNDO_Move=Move Post",
    "UNDO_Split=Split Post",
    "UNDO_Merge=Merge Posts",
    "UNDO_Fit=Split to Fit",
    "UNDO_AddImage=Add Image",
    "UNDO_RemoveImage=Remove Image",
    "# {0} - how many images a post may have",
    "ERR_TooManyImages=A post can have at most {0} images."
})
final class ThreadEditor {
    /** The most images a post may carry on every supported platform. */
    static final int MAX_IMAGES = dev.gloss.threads.ThreadChecks.MAX_IMAGES;

    private final Supplier<Instant> clock;
    private final List<UndoableEditListener> undoListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ThreadChange>> listeners = new CopyOnWriteArrayList<>();
    private PostThread thread;
    private ThreadEdit openEdit;

    ThreadEditor(PostThread thread) {
        this(thread, Instant::now);
    }

    ThreadEditor(PostThread thread, Supplier<Instant> clock) {
        this.thread = Objects.requireNonNull(thread);
        this.clock = clock;
    }

    PostThread thread() {
        return thread;
    }

    int size() {
        return thread.posts().size();
    }

    Post post(int index) {
        return thread.posts().get(index);
    }

    /** The chosen platforms in a stable order; ids Gloss does not know are skipped. */
    List<Platform> platforms() {
        Set<String> ids = Set.copyOf(thread.platforms());
        return Arrays.stream(Platform.values()).filter(p -> ids.contains(p.id())).toList();
    }

    void addListener(Consumer<ThreadChange> l) {
        listeners.add(l);
    }

    void removeListener(Consumer<ThreadChange> l) {
        listeners.remove(l);
    }

    void addUndoableEditListener(UndoableEditListener l) {
        undoListeners.add(l);
    }

    void removeUndoableEditListener(UndoableEditListener l) {
        undoListeners.remove(l);
    }

    /** Ends the current run of typing, so the next keystroke is undone separately. */
    void breakCoalescing() {
        if (openEdit != null) {
            openEdit.seal();
        }
    }

    // ---- title and platforms ----------------------------------------------------------------

    void setTitle(String title) {
        apply(Bundle.UNDO_Title(), "title", thread.withTitle(title, thread.modified()), ThreadChange.meta());
    }

    void setPlatform(Platform p, boolean on) {
        Set<String> ids = new LinkedHashSet<>(thread.platforms());
        if (on) {
            ids.add(p.id());
        } else {
            ids.remove(p.id());
        }
        List<String> ordered = Arrays.stream(Platform.values()).map(Platform::id).filter(ids::contains).toList();
        apply(Bundle.UNDO_Platforms(), null, thread.withPlatforms(ordered, thread.modified()), ThreadChange.meta());
    }

    // ---- text and images --------------------------------------------------------------------

    void setText(int index, String text) {
        apply(Bundle.UNDO_Typing(), "text:" + index, replace(index, post(index).withText(text)), ThreadChange.post(index));
    }

    void setAlt(int index, int image, String alt) {
        List<PostImage> images = new ArrayList<>(post(index).images());
        images.set(image, new PostImage(images.get(image).file(), alt));
        apply(Bundle.UNDO_Alt(), "alt:" + index + ":" + image, replace(index, post(index).withImages(images)),
                ThreadChange.post(index));
    }

    /** Attaches an image. @throws ComposerException when the post has its {@value #MAX_IMAGES} already */
    void addImage(int index, PostImage image) {
        if (post(index).images().size() >= MAX_IMAGES) {
            throw new ComposerException(Bundle.ERR_TooManyImages(MAX_IMAGES));
        }
        List<PostImage> images = new ArrayList<>(post(index).images());
        images.add(image);
        apply(Bundle.UNDO_AddImage(), null, replace(index, post(index).withImages(images)), ThreadChange.post(index));
    }

    void removeImage(int index, int image) {
        List<PostImage> images = new ArrayList<>(post(index).images());
        images.remove(image);
        apply(Bundle.UNDO_RemoveImage(), null, replace(index, post(index).withImages(images)), ThreadChange.post(index));
    }

    // ---- posts ------------------------------------------------------------------------------

    /**
     * Inserts posts at {@code at} (0..size) and, when the thread has no paper yet, sets it. Posts
     * added to a thread that is just one empty post take its place.
     */
    void insert(int at, List<Post> posts, String paperId) {
        if (posts.isEmpty()) {
            return;
        }
        List<Post> all = new ArrayList<>(thread.posts());
        if (all.size() == 1 && all.get(0).text().isBlank() && all.get(0).images().isEmpty()) {
            all.clear();
            at = 0;
        }
        all.addAll(at, posts);
        String paper = thread.paperId() != null ? thread.paperId() : paperId;
        PostThread next = new PostThread(thread.id(), thread.title(), thread.platforms(), paper, all,
                thread.created(), thread.modified(), thread.language(), thread.contentWarning());
        apply(Bundle.UNDO_Add(), null, next, ThreadChange.structure());
    }

    void add(Post post) {
        insert(size(), List.of(post), null);
    }

    void delete(int index) {
        List<Post> all = new ArrayList<>(thread.posts());
        all.remove(index);
        apply(Bundle.UNDO_Delete(), null, thread.withPosts(all, thread.modified()), ThreadChange.structure());
    }

    /** Moves the post at {@code from} so that it ends up at index {@code to}. */
    void move(int from, int to) {
        if (from == to) {
            return;
        }
        List<Post> all = new ArrayList<>(thread.posts());
        all.add(to, all.remove(from));
        apply(Bundle.UNDO_Move(), null, thread.withPosts(all, thread.modified()), ThreadChange.structure());
    }

    /**
     * Cuts a post in two at {@code offset} of its text. The images stay with the first part;
     * both keep the sources. Blanks around the cut are dropped.
     */
    void splitAt(int index, int offset) {
        Post p = post(index);
        int at = Math.max(0, Math.min(offset, p.text().length()));
        Post first = new Post(p.text().substring(0, at).stripTrailing(), p.images(), p.sources());
        Post second = new Post(p.text().substring(at).stripLeading(), List.of(), p.sources());
        List<Post> all = new ArrayList<>(thread.posts());
        all.set(index, first);
        all.add(index + 1, second);
        apply(Bundle.UNDO_Split(), null, thread.withPosts(all, thread.modified()), ThreadChange.structure());
    }

    /** Joins a post with the next one, as two paragraphs; images and sources are kept. */
    void mergeWithNext(int index) {
        Post a = post(index);
        Post b = post(index + 1);
        String text = a.text().isBlank() ? b.text() : b.text().isBlank() ? a.text() : a.text() + "\n\n" + b.text();
        List<PostImage> images = new ArrayList<>(a.images());
        images.addAll(b.images());
        Set<String> sources = new LinkedHashSet<>(a.sources());
        sources.addAll(b.sources());
        List<Post> all = new ArrayList<>(thread.posts());
        all.set(index, new Post(text, images, List.copyOf(sources)));
        all.remove(index + 1);
        apply(Bundle.UNDO_Merge(), null, thread.withPosts(all, thread.modified()), ThreadChange.structure());
    }

    /**
     * Splits a post into as many as it takes to fit every one of {@code rules}.
     *
     * @return how many posts it became (1 when it already fitted)
     */
    int splitToFit(int index, List<PlatformRules> rules) {
        Post p = post(index);
        List<String> parts = FitSplitter.fit(p.text(), rules);
        if (parts.size() <= 1) {
            return 1;
        }
        List<Post> all = new ArrayList<>(thread.posts());
        all.remove(index);
        for (int i = 0; i < parts.size(); i++) {
            all.add(index + i, new Post(parts.get(i), i == 0 ? p.images() : List.of(), p.sources()));
        }
        apply(Bundle.UNDO_Fit(), null, thread.withPosts(all, thread.modified()), ThreadChange.structure());
        return parts.size();
    }

    // ---- machinery --------------------------------------------------------------------------

    private PostThread replace(int index, Post post) {
        List<Post> all = new ArrayList<>(thread.posts());
        all.set(index, post);
        return thread.withPosts(all, thread.modified());
    }

    private void apply(String name, String field, PostThread next, ThreadChange change) {
        PostThread before = thread;
        if (sameContent(before, next)) {
            return;
        }
        thread = touch(next);
        if (field != null && openEdit != null && openEdit.extendsTo(field)) {
            openEdit.extend(thread);
        } else {
            breakCoalescing();
            openEdit = new ThreadEdit(this, name, field, before, thread);
            UndoableEditEvent e = new UndoableEditEvent(this, openEdit);
            for (UndoableEditListener l : undoListeners) {
                l.undoableEditHappened(e);
            }
        }
        fire(change);
    }

    /** Puts back a snapshot (undo/redo) and tells the listeners as precisely as it can. */
    void restore(PostThread snapshot) {
        PostThread before = thread;
        thread = touch(snapshot);
        if (before.posts().size() != snapshot.posts().size()) {
            fire(ThreadChange.structure());
            return;
        }
        if (!Objects.equals(before.title(), snapshot.title()) || !before.platforms().equals(snapshot.platforms())) {
            fire(ThreadChange.meta());
        }
        for (int i = 0; i < snapshot.posts().size(); i++) {
            if (!before.posts().get(i).equals(snapshot.posts().get(i))) {
                fire(ThreadChange.post(i));
            }
        }
    }

    private PostThread touch(PostThread t) {
        return t.withPosts(t.posts(), clock.get());
    }

    private void fire(ThreadChange change) {
        for (Consumer<ThreadChange> l : listeners) {
            l.accept(change);
        }
    }

    /** Equal apart from the modification time. */
    static boolean sameContent(PostThread a, PostThread b) {
        return Objects.equals(a.id(), b.id()) && Objects.equals(a.title(), b.title())
                && a.platforms().equals(b.platforms()) && Objects.equals(a.paperId(), b.paperId())
                && a.posts().equals(b.posts()) && Objects.equals(a.language(), b.language())
                && Objects.equals(a.contentWarning(), b.contentWarning());
    }
}
