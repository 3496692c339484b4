package dev.gloss.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.Lookup;

/**
 * A Gloss workspace: a folder of plain JSON files, one object per file (see ARCHITECTURE.md).
 * <p>
 * Objects are read lazily per kind and cached; every save goes through an atomic write under a
 * cross-process lock on that object, then fires a {@link WorkspaceEvent} (to the listeners of
 * {@link #addListener}). Removed papers go to the {@link #trash()}. A file that cannot be
 * parsed is reported once as a {@link Problem}, left untouched, and everything else loads.
 * <pre>{@code
 * Workspace ws = Workspace.open(Path.of(System.getProperty("user.home"), "Gloss"));
 * for (Paper p : ws.papers()) System.out.println(p.displayTitle());
 * ws.problems().forEach(p -> System.err.println(p.shown() + ": " + p.cause()));
 * }</pre>
 * Thread-safe.
 */
public final class Workspace {
    /** The schema version this Gloss writes and reads (2: a queue entry holds one target per platform). */
    public static final int SCHEMA = 2;
    public static final String MANIFEST = "gloss.json";

    private static final Logger LOG = Logger.getLogger(Workspace.class.getName());

    private final Path root;
    private final ObjectLocks locks;
    private final Map<Kind<?>, Map<String, Object>> cache = new ConcurrentHashMap<>();
    /** The derived cache of each kind, read instead of the files that did not change. */
    private final Map<Kind<?>, ObjectCache<?>> caches = new java.util.HashMap<>();
    private final Map<Path, Problem> problems = new ConcurrentHashMap<>();
    private final Set<Path> reported = ConcurrentHashMap.newKeySet();
    private final Set<Path> logged = ConcurrentHashMap.newKeySet();
    private final WorkspaceEvents events = new WorkspaceEvents();
    private final Trash trash = new Trash(this);
    private volatile ObjectNode manifest;

    private Workspace(Path root, ObjectNode manifest) {
        this.root = root;
        this.manifest = manifest;
        this.locks = new ObjectLocks(root.resolve(".gloss").resolve("locks"));
        for (Kind<?> k : Kind.ALL) {
            try {
                caches.put(k, new ObjectCache<>(root, derivedFolder().resolve("cache")
                        .resolve(k.name().replace(' ', '-') + ".bin"), k));
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "no cache for " + k + " (its files are read each time)", e);
            }
        }
    }

    /** Whether {@code dir} already holds a workspace (a {@code gloss.json}). */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(MANIFEST));
    }

    /**
     * Opens the workspace in {@code dir}, creating an empty one when the folder has none.
     *
     * @throws WorkspaceException if the folder cannot be used, or it was written by a newer Gloss
     */
    public static Workspace open(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        try {
            if (Files.exists(root) && !Files.isDirectory(root)) {
                throw new WorkspaceException(WorkspaceException.Reason.NOT_A_FOLDER, root);
            }
            Files.createDirectories(root);
            Path manifestFile = root.resolve(MANIFEST);
            ObjectNode manifest;
            if (Files.isRegularFile(manifestFile)) {
                manifest = readManifest(manifestFile);
                manifest = migrate(root, manifest);
            } else {
                manifest = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
                manifest.put("schema", SCHEMA);
                manifest.putObject("settings");
                AtomicFiles.write(manifestFile, Json.pretty(manifest));
                Path ignore = root.resolve(".gitignore");
                if (!Files.exists(ignore)) {
                    AtomicFiles.write(ignore, ".gloss/\n".getBytes(StandardCharsets.UTF_8));
                }
            }
            Files.createDirectories(root.resolve(".gloss"));
            Workspace ws = new Workspace(root, manifest);
            // what an ended or killed process left half done (an import's copy) goes now
            TempFolder.removeLeftovers(ws, ws.derivedFolder().resolve("tmp"));
            return ws;
        } catch (IOException e) {
            throw new WorkspaceException(e, WorkspaceException.Reason.CANNOT_OPEN, root, FileFailure.of(e));
        }
    }

    /**
     * A folder for work in progress under {@code .gloss/tmp}, owned by this process until closed;
     * what a killed process leaves there is removed by the next {@link #open}.
     */
    public TempFolder tempFolder(String prefix) throws IOException {
        return TempFolder.create(this, derivedFolder().resolve("tmp"), prefix);
    }

    /**
     * Opens the workspace in {@code dir}; when there was none, creates it and lets every
     * {@link WorkspaceInitializer} fill it, so a new user never starts from an empty window.
     */
    public static Workspace openOrCreate(Path dir) {
        boolean fresh = !exists(dir.toAbsolutePath().normalize());
        Workspace ws = open(dir);
        if (fresh) {
            for (WorkspaceInitializer init : Lookup.getDefault().lookupAll(WorkspaceInitializer.class)) {
                init.populate(ws);
            }
        }
        for (WorkspaceRepair repair : Lookup.getDefault().lookupAll(WorkspaceRepair.class)) {
            try {
                repair.repair(ws);
            } catch (RuntimeException e) {
                // a repair that fails leaves things as they were; the workspace opens all the same
                LOG.log(Level.WARNING, "a repair of " + ws.root() + " failed", e);
            }
        }
        return ws;
    }

    /** The default workspace folder: {@code $GLOSS_WORKSPACE}, else {@code ~/Gloss}. */
    public static Path defaultFolder() {
        String env = System.getenv("GLOSS_WORKSPACE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), "Gloss");
    }

    private static ObjectNode readManifest(Path file) throws IOException {
        JsonNode node;
        try {
            node = JsonTree.parse(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new WorkspaceException(e, WorkspaceException.Reason.MANIFEST_NOT_JSON, file, e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode obj) || !node.path("schema").canConvertToInt()) {
            throw new WorkspaceException(WorkspaceException.Reason.MANIFEST_NO_SCHEMA, file);
        }
        return obj;
    }

    private static ObjectNode migrate(Path root, ObjectNode manifest) throws IOException {
        int version = manifest.get("schema").asInt();
        if (version > SCHEMA) {
            throw new WorkspaceException(WorkspaceException.Reason.NEWER_SCHEMA, version, SCHEMA);
        }
        while (version < SCHEMA) {
            int from = version;
            WorkspaceMigration step = Lookup.getDefault().lookupAll(WorkspaceMigration.class).stream()
                    .filter(m -> m.from() == from).findFirst()
                    .orElseThrow(() -> new WorkspaceException(WorkspaceException.Reason.NO_MIGRATION, from));
            step.migrate(root, manifest);
            version = from + 1;
            manifest.put("schema", version);
            AtomicFiles.write(root.resolve(MANIFEST), Json.pretty(manifest));
        }
        if (!manifest.has("settings")) {
            manifest.putObject("settings");
        }
        return manifest;
    }

    public Path root() {
        return root;
    }

    /** The folder of one paper: its {@code paper.json}, PDF, annotations and clips. */
    public Path paperFolder(String paperId) {
        requireSafe(paperId);
        return root.resolve("papers").resolve(paperId);
    }

    /** A paper's PDF: {@code papers/<paperId>/<file>}, the imported file, never modified in place. */
    public Path paperFile(Paper paper) {
        return paperFolder(paper.id()).resolve(paper.file());
    }

    /** Derived, local-only data (index, caches, locks): never shared, safe to delete. */
    public Path derivedFolder() {
        return derivedFolder(root);
    }

    /**
     * The derived folder of the workspace in {@code dir}, whether or not it is open (for what
     * must start before the workspace is read, such as the pages a reader kept).
     */
    public static Path derivedFolder(Path dir) {
        return dir.toAbsolutePath().normalize().resolve(".gloss");
    }

    /**
     * Whether the workspace in {@code dir} has a paper of the PDF with this SHA-256, by its file
     * alone, without reading the workspace (for what must start before it is read).
     */
    public static boolean hasPaperOf(Path dir, String sha256) {
        String id = Ids.paperId(sha256);
        return Ids.isSafe(id) && Files.isRegularFile(dir.toAbsolutePath().normalize().resolve(Kind.PAPERS.pathOfId(id)));
    }

    // ---- settings -------------------------------------------------------------------------

    /** A copy of the settings object of {@code gloss.json} (no secrets live there). */
    public ObjectNode settings() {
        return manifest.get("settings").deepCopy();
    }

    /** Replaces the settings and writes {@code gloss.json} atomically. */
    public void saveSettings(ObjectNode settings) {
        try (ObjectLock l = locks.lock("gloss.json")) {
            ObjectNode m = manifest.deepCopy();
            m.set("settings", settings.deepCopy());
            AtomicFiles.write(root.resolve(MANIFEST), Json.pretty(m));
            manifest = m;
        } catch (IOException e) {
            throw new WorkspaceException(e, WorkspaceException.Reason.CANNOT_SAVE_SETTINGS, FileFailure.of(e));
        }
    }

    // ---- typed access ---------------------------------------------------------------------

    public List<Paper> papers() {
        return all(Kind.PAPERS);
    }

    public Optional<Paper> paper(String id) {
        return get(Kind.PAPERS, id);
    }

    public List<Annotation> annotations() {
        return all(Kind.ANNOTATIONS);
    }

    public List<Annotation> annotations(String paperId) {
        return all(Kind.ANNOTATIONS).stream().filter(a -> paperId.equals(a.paperId())).toList();
    }

    public List<PostThread> threads() {
        return all(Kind.THREADS);
    }

    public List<QueueEntry> queue() {
        return all(Kind.QUEUE);
    }

    public List<AccountRef> accounts() {
        return all(Kind.ACCOUNTS);
    }

    /**
     * Reads one paper and its annotations from their files again, for what another process wrote
     * since this workspace read them (two imports of one file at once, the app and a cron job):
     * call it holding the lock that writer takes too. What it finds new is told to the listeners.
     *
     * @return the paper as its file holds it now; empty when there is none (or it cannot be read)
     */
    public Optional<Paper> rereadPaper(String id) {
        Path folder = paperFolder(id);
        Map<String, Object> papers = loaded(Kind.PAPERS);
        Paper paper = readFresh(Kind.PAPERS, id, folder.resolve("paper.json"));
        Object before = paper == null ? papers.remove(id) : papers.put(id, paper);
        if (paper != null && before == null) {
            fire(new WorkspaceEvent(Kind.PAPERS, id, WorkspaceEvent.Change.ADDED, paper));
        }
        Map<String, Object> annotations = loaded(Kind.ANNOTATIONS);
        Set<String> seen = new HashSet<>();
        Path dir = folder.resolve("annotations");
        if (Files.isDirectory(dir)) {
            try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    Annotation a = name.startsWith(".") ? null : readFresh(Kind.ANNOTATIONS, name.substring(0, name.length() - 5), f);
                    if (a != null && id.equals(a.paperId())) {
                        seen.add(a.id());
                        if (annotations.put(a.id(), a) == null) {
                            fire(new WorkspaceEvent(Kind.ANNOTATIONS, a.id(), WorkspaceEvent.Change.ADDED, a));
                        }
                    }
                }
            } catch (IOException e) {
                problem(dir, e);
            }
        }
        synchronized (annotations) {
            annotations.values().removeIf(o -> o instanceof Annotation a && id.equals(a.paperId()) && !seen.contains(a.id()));
        }
        return Optional.ofNullable(paper);
    }

    /**
     * Paper folders that hold files but no {@code paper.json}: what an import of an earlier Gloss
     * left when it was killed between moving the PDF in and writing the paper (a
     * {@link WorkspaceRepair} finishes or removes them).
     */
    public List<Path> halfPapers() {
        String[] names = root.resolve("papers").toFile().list();
        if (names == null) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        for (String n : names) {
            Path dir = root.resolve("papers").resolve(n);
            if (!n.startsWith(".") && Ids.isSafe(n) && !Files.exists(dir.resolve("paper.json")) && Files.isDirectory(dir)) {
                out.add(dir);
            }
        }
        out.sort(null);
        return out;
    }

    /** One object as its file holds it now; null when the file is not there or cannot be read (then a problem). */
    private <T> T readFresh(Kind<T> kind, String id, Path file) {
        try {
            T value = parse(kind, file);
            if (!id.equals(kind.idOf(value))) {
                throw new NotAnObject(new FileFailure(FileFailure.Reason.OTHER_OBJECT, List.of(kind, id)));
            }
            problems.remove(file);
            return value;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            problem(file, e);
            return null;
        }
    }

    // ---- generic access -------------------------------------------------------------------

    /** All readable objects of a kind, in file order (ids sort by creation time). */
    @SuppressWarnings("unchecked")
    public <T> List<T> all(Kind<T> kind) {
        return (List<T>) List.copyOf(loaded(kind).values());
    }

    @SuppressWarnings("unchecked")
    public <T> Optional<T> get(Kind<T> kind, String id) {
        return Optional.ofNullable((T) loaded(kind).get(id));
    }

    /**
     * Writes {@code value} atomically under its lock and tells the listeners.
     *
     * @throws WorkspaceException if the object's file exists but cannot be read: it is never
     *         replaced (it may hold another's work, such as a merge in progress) and becomes a
     *         {@link Problem}
     */
    public <T> T save(Kind<T> kind, T value) {
        String id = kind.idOf(value);
        requireSafe(id);
        Path file = root.resolve(kind.pathOf(value));
        boolean existed;
        Map<String, Object> objects = loaded(kind); // before writing, so the new file is not read as old
        try (ObjectLock l = locks.lock(lockName(kind, id))) {
            refuseIfUnreadable(kind, id, file);
            AtomicFiles.write(file, Json.pretty(value));
            existed = objects.put(id, value) != null;
            problems.remove(file);
        } catch (IOException e) {
            throw new WorkspaceException(e, WorkspaceException.Reason.CANNOT_SAVE, kind, id, FileFailure.of(e));
        }
        fire(new WorkspaceEvent(kind, id, existed ? WorkspaceEvent.Change.CHANGED : WorkspaceEvent.Change.ADDED, value));
        return value;
    }

    /**
     * Reads the current file of an object under its lock, applies {@code change} and saves the
     * result: a read-modify-write that another process cannot interleave with.
     *
     * @return the saved value
     * @throws WorkspaceException if the object does not exist
     */
    public <T> T update(Kind<T> kind, String id, UnaryOperator<T> change) {
        requireSafe(id);
        try (ObjectLock l = locks.lock(lockName(kind, id))) {
            T fresh = reread(kind, id).orElseThrow(() -> new WorkspaceException(WorkspaceException.Reason.NO_SUCH_OBJECT, kind, id));
            T next = change.apply(fresh);
            return save(kind, next);
        }
    }

    /**
     * The object as its file holds it now, not as this workspace read it: another process (cron's
     * {@code gloss queue publish} on the same clone) may have rewritten, added or removed it since.
     * The cache and the listeners learn the difference. Call it holding the object's lock to act
     * on what it returns. A file that cannot be read is never written over with the cached copy:
     * it becomes a {@link Problem} and this throws.
     *
     * @return empty when there is no such file (an annotation not cached: its path needs its paper)
     * @throws WorkspaceException if the file exists but cannot be read
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> reread(Kind<T> kind, String id) {
        requireSafe(id);
        Map<String, Object> objects = loaded(kind);
        T cached = (T) objects.get(id);
        Path relative = cached != null ? kind.pathOf(cached) : kind.pathOfId(id);
        if (relative == null) {
            return Optional.empty();
        }
        T fresh;
        try {
            fresh = stored(kind, id, root.resolve(relative));
        } catch (NoSuchFileException e) {
            if (cached != null) {
                // removed outside Gloss: the windows that show it are told now
                forget(kind, id);
                fire(new WorkspaceEvent(kind, id, WorkspaceEvent.Change.REMOVED, cached));
            }
            return Optional.empty();
        }
        if (!fresh.equals(cached)) {
            objects.put(id, fresh);
            fire(new WorkspaceEvent(kind, id, cached == null ? WorkspaceEvent.Change.ADDED : WorkspaceEvent.Change.CHANGED, fresh));
        }
        return Optional.of(fresh);
    }

    private <T> void refuseIfUnreadable(Kind<T> kind, String id, Path file) {
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return; // a new object (or no folder for it: then the write says why it failed)
        }
        try {
            stored(kind, id, file);
        } catch (NoSuchFileException e) {
            LOG.log(Level.FINE, "removed just before it was replaced: {0}", file);
        }
    }

    /**
     * The object in {@code file}, which is about to be replaced.
     *
     * @throws NoSuchFileException if there is no such file
     * @throws WorkspaceException  if it cannot be read, or holds another object (then it is a problem)
     */
    private <T> T stored(Kind<T> kind, String id, Path file) throws NoSuchFileException {
        try {
            T value = parse(kind, file);
            if (!id.equals(kind.idOf(value))) {
                throw new NotAnObject(new FileFailure(FileFailure.Reason.OTHER_OBJECT, List.of(kind, id)));
            }
            return value;
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            Problem p = problem(file, e);
            throw new WorkspaceException(e, WorkspaceException.Reason.UNREADABLE, kind, p.shown(), p.cause());
        }
    }

    /** Removes an object's file and tells the listeners. Removing a missing object does nothing. */
    public <T> void delete(Kind<T> kind, T value) {
        String id = kind.idOf(value);
        requireSafe(id);
        try (ObjectLock l = locks.lock(lockName(kind, id))) {
            Files.deleteIfExists(root.resolve(kind.pathOf(value)));
            loaded(kind).remove(id);
        } catch (IOException e) {
            throw new WorkspaceException(e, WorkspaceException.Reason.CANNOT_DELETE, kind, id, FileFailure.of(e));
        }
        fire(new WorkspaceEvent(kind, id, WorkspaceEvent.Change.REMOVED, value));
    }

    /** The trash, where removed papers go so that removing them can be undone. */
    public Trash trash() {
        return trash;
    }

    // ---- locks ----------------------------------------------------------------------------

    /** Blocks until the named lock is held by this thread; shared with other processes. */
    public ObjectLock lock(String name) {
        return locks.lock(requireSafe(name));
    }

    /** The named lock if nobody (no thread, no process) holds it now. */
    public Optional<ObjectLock> tryLock(String name) {
        return locks.tryLock(requireSafe(name));
    }

    /** The lock an object's file is written under. */
    static String lockName(Kind<?> kind, String id) {
        return kind.name().replace(' ', '-') + "-" + id;
    }

    /** The lock an object is written under. */
    ObjectLock lockObject(Kind<?> kind, String id) {
        return locks.lock(lockName(kind, id));
    }

    // ---- problems, reload, events ----------------------------------------------------------

    /** Files that could not be read, in path order. */
    public List<Problem> problems() {
        for (Kind<?> k : Kind.ALL) {
            loaded(k);
        }
        return problems.values().stream().sorted(Comparator.comparing(Problem::file)).toList();
    }

    /**
     * Problems not handed out by an earlier call: each unreadable file is reported once per
     * process, however often it is loaded.
     */
    public List<Problem> newProblems() {
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems()) {
            if (reported.add(p.file())) {
                out.add(p);
            }
        }
        return out;
    }

    /** Forgets cached objects, so the next access reads the files again (after an outside change). */
    public void reload() {
        cache.clear();
        problems.clear();
        for (Kind<?> k : Kind.ALL) {
            fire(new WorkspaceEvent(k, null, WorkspaceEvent.Change.RELOADED, null));
        }
    }

    /** Tells {@code l} of every change saved through this workspace, on the saving thread. */
    public void addListener(WorkspaceListener l) {
        events.add(l);
    }

    public void removeListener(WorkspaceListener l) {
        events.remove(l);
    }

    void fire(WorkspaceEvent e) {
        events.fire(e);
    }

    /** Drops an object from the cache, after its file went away outside {@link #delete}. */
    void forget(Kind<?> kind, String id) {
        loaded(kind).remove(id);
    }

    private Map<String, Object> loaded(Kind<?> kind) {
        Map<String, Object> m = cache.get(kind);
        if (m == null) {
            synchronized (cache) {
                m = cache.get(kind);
                if (m == null) {
                    m = read(kind);
                    cache.put(kind, m);
                }
            }
        }
        return m;
    }

    private <T> Map<String, Object> read(Kind<T> kind) {
        Map<String, Object> out = new LinkedHashMap<>();
        // the cache is decoded on another thread while the files are listed and looked at
        ObjectCache<T>.Scan scan = cacheOf(kind).map(ObjectCache::scan).orElse(null);
        List<Path> files;
        try {
            files = kind.files(root);
        } catch (UncheckedIOException e) {
            problems.put(root, Problem.of(root, root, FileFailure.of(e.getCause())));
            return java.util.Collections.synchronizedMap(out);
        }
        ObjectCache.Parser<T> parser = file -> parse(kind, file);
        if (scan != null) {
            scan.stamp(files);
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            try {
                T value = scan != null ? scan.read(i, parser) : parser.parse(file);
                out.put(kind.idOf(value), value);
            } catch (NoSuchFileException e) {
                // removed between listing and reading: not a problem
                LOG.log(Level.FINE, "vanished while loading: {0}", file);
            } catch (IOException | RuntimeException e) {
                problem(file, e);
            }
        }
        if (scan != null) {
            scan.finish();
        }
        return java.util.Collections.synchronizedMap(out);
    }

    /** How the derived cache served the last read of {@code kind} (for tests). */
    ObjectCache.Use cacheUse(Kind<?> kind) {
        return caches.get(kind).lastUse();
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<ObjectCache<T>> cacheOf(Kind<T> kind) {
        return Optional.ofNullable((ObjectCache<T>) caches.get(kind));
    }

    /**
     * One object file, read through NIO so that a missing file is a {@link NoSuchFileException}
     * and a denied one an {@link java.nio.file.AccessDeniedException}. Anything after the object
     * (a merge's {@code >>>>>>>} line) makes it unreadable: it is not the file Gloss wrote.
     */
    private static <T> T parse(Kind<T> kind, Path file) throws IOException {
        T value = kind.reader().readValue(Files.readAllBytes(file));
        String id = value == null ? null : kind.idOf(value);
        if (id == null || !Ids.isSafe(id)) {
            throw new NotAnObject(new FileFailure(FileFailure.Reason.NO_VALID_ID, List.of()));
        }
        return value;
    }

    /** A file that parses but holds no object of its kind (or another one than it should). */
    private static final class NotAnObject extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient FileFailure failure;

        NotAnObject(FileFailure failure) {
            super(failure.toString());
            this.failure = failure;
        }
    }

    /** Records that {@code file} could not be read, logging it once per process. */
    private Problem problem(Path file, Exception e) {
        Problem p = Problem.of(root, file, e instanceof NotAnObject n ? n.failure : FileFailure.of(e));
        problems.put(p.file(), p);
        if (logged.add(p.file())) {
            LOG.log(Level.WARNING, "{0} could not be read ({1}); skipped and left untouched", new Object[] {p.shown(), p.cause()});
        }
        return p;
    }

    private static String requireSafe(String id) {
        if (!Ids.isSafe(id)) {
            throw new WorkspaceException(WorkspaceException.Reason.INVALID_ID, id);
        }
        return id;
    }

}
