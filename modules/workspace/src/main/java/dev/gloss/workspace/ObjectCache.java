package dev.gloss.workspace;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;

/**
 * The derived cache of one kind's objects ({@code .gloss/cache/<name>.bin}): each object in a
 * compact binary form beside the stamp its JSON file had when it was read. The JSON files stay
 * the truth: an object comes from the cache only while its file still has that stamp, the
 * checks git makes to call a file unchanged (size, modification and change times to the
 * nanosecond, device and inode; a git pull, an editor saving in place, another Gloss's atomic
 * write, a chmod all change one of them). A file changed within {@link #RACY_MILLIS} of the scan
 * that cached it is read again next time (its times may not have ticked since), and a cache
 * that does not check out (another format or model, a torn or garbled file) is not used at all.
 * <p>
 * Used by one {@link Workspace} read at a time; several processes may share the file (each
 * replaces it whole, and every entry is checked against its file anyway).
 *
 * @param <T> the kind's record type
 */
final class ObjectCache<T> {
    private static final Logger LOG = Logger.getLogger(ObjectCache.class.getName());
    private static final int MAGIC = 0x474C4331; // "GLC1"
    /** Files whose times are this close to the scan that cached them are not trusted (coarse file system clocks). */
    static final long RACY_MILLIS = 2_000;
    /** {@link #RACY_MILLIS}, which tests of the stamps set to 0 (so that files need not age first). */
    static volatile long racyMillis = RACY_MILLIS;
    private static final boolean UNIX = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    private final Path file;
    private final int rootLength;
    private final RecordCodec<T> codec;
    private final String fingerprint;

    /** The stamp of one file: what must be unchanged for its cached object to be used. */
    record Stamp(long size, long modified, long changed, long device, long inode) {
        static Stamp of(Path file) throws IOException {
            if (UNIX) {
                Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino");
                return new Stamp((Long) a.get("size"), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")),
                        (Long) a.get("dev"), (Long) a.get("ino"));
            }
            BasicFileAttributes b = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(b.size(), nanos(b.lastModifiedTime()), nanos(b.creationTime()),
                    0, b.fileKey() == null ? 0 : b.fileKey().hashCode());
        }

        private static long nanos(Object time) {
            return ((FileTime) time).to(TimeUnit.NANOSECONDS);
        }

        /** Whether the file is unchanged (spelled out: a record's own equals is slow in a new JVM). */
        boolean sameAs(Stamp o) {
            return size == o.size && modified == o.modified && changed == o.changed && inode == o.inode
                    && device == o.device;
        }

        /** Whether a file with this stamp was surely complete before {@code millis} (with the margin). */
        boolean settledBefore(long millis) {
            long settled = TimeUnit.MILLISECONDS.toNanos(millis - racyMillis);
            return modified < settled && changed < settled;
        }
    }

    private record Entry<T>(Stamp stamp, T value) {
    }

    /** What the cache held, and when the scan that wrote it began. */
    private record Held<T>(Map<String, Entry<T>> entries, long start) {
    }

    /**
     * One read of every file of the kind: {@link #stamp} them all (while the cache is decoded on
     * another thread), then {@link #read} each, then {@link #finish}.
     */
    final class Scan {
        private final CompletableFuture<Held<T>> held;
        private final long start = System.currentTimeMillis();
        private final Map<String, Entry<T>> next = new LinkedHashMap<>();
        private List<Path> files = List.of();
        private Object[] stamps = new Object[0];
        private Map<String, Entry<T>> previous;
        private long previousStart;
        private boolean changed;
        private int hits;

        private Scan(CompletableFuture<Held<T>> held) {
            this.held = held;
        }

        /**
         * Looks at every file (size, times, inode) before their objects are asked for; many
         * files on two threads (one stat each: for 10,000 annotations this is most of an open).
         */
        void stamp(List<Path> all) {
            files = all;
            stamps = new Object[all.size()];
            int half = all.size() / 2;
            CompletableFuture<Void> second = all.size() < 1000 ? null
                    : CompletableFuture.runAsync(() -> stamp(half, stamps.length), DECODER);
            stamp(0, second == null ? stamps.length : half);
            if (second != null) {
                second.join();
            }
        }

        private void stamp(int from, int to) {
            for (int i = from; i < to; i++) {
                try {
                    stamps[i] = Stamp.of(files.get(i));
                } catch (IOException | RuntimeException e) {
                    stamps[i] = e; // that file's problem, told when it is read
                }
            }
        }

        /**
         * The object in the {@code i}-th file: the cached one if the file is unchanged, else
         * {@code parse}'s.
         *
         * @throws NoSuchFileException if the file is gone
         * @throws IOException         from {@code parse}, or when the file cannot be looked at
         */
        T read(int i, Parser<T> parse) throws IOException {
            if (previous == null) {
                Held<T> h;
                try {
                    h = held.join();
                } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
                    LOG.log(Level.INFO, "the cache " + file + " is not used; the files are read instead", e);
                    h = new Held<>(new HashMap<>(), 0);
                }
                previous = h.entries();
                previousStart = h.start();
            }
            Path file = files.get(i);
            if (stamps[i] instanceof IOException e) {
                throw e;
            }
            if (stamps[i] instanceof RuntimeException e) {
                throw e;
            }
            Stamp stamp = (Stamp) stamps[i];
            String key = file.toString().substring(rootLength);
            Entry<T> known = previous.remove(key);
            if (known != null && known.stamp.sameAs(stamp) && stamp.settledBefore(previousStart)) {
                hits++;
                next.put(key, known);
                return known.value;
            }
            changed = true; // even if it cannot be parsed: then its old entry goes
            T value = parse.parse(file);
            next.put(key, new Entry<>(stamp, value));
            return value;
        }

        /** Writes the cache again if the files differed from it; a cache that cannot be written is only logged. */
        void finish() {
            lastUse = new Use(hits, files.size() - hits);
            if (previous == null || (!changed && previous.isEmpty())) {
                return;
            }
            try {
                write(start, next);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "cannot write the cache " + file, e);
            }
        }
    }

    /** How the last scan went: objects taken from the cache, and files read (or tried). */
    record Use(int cached, int read) {
    }

    private volatile Use lastUse = new Use(0, 0);

    Use lastUse() {
        return lastUse;
    }

    /** Reads one object's file. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(Path file) throws IOException;
    }

    /**
     * The cache of {@code kind} in {@code file}, for a workspace rooted at {@code root}.
     *
     * @throws IllegalArgumentException if the kind's type cannot be kept in binary form
     */
    ObjectCache(Path root, Path file, Kind<T> kind) {
        this.file = file;
        this.rootLength = root.toString().length() + 1;
        this.codec = RecordCodec.of(kind.type());
        this.fingerprint = "gloss cache 1|" + kind.name() + "|" + (UNIX ? "unix" : "basic") + "|" + codec.fingerprint();
    }

    /** Starts a read of every file of the kind, with what the cache holds (nothing if it does not check out). */
    Scan scan() {
        return new Scan(CompletableFuture.supplyAsync(this::held, DECODER));
    }

    /** Decodes caches and stats files beside the thread that reads the workspace (a second core, when there is one). */
    private static final Executor DECODER = task -> {
        Thread t = new Thread(task, "Gloss workspace cache");
        t.setDaemon(true);
        t.start();
    };

    private Held<T> held() {
        try {
            return load();
        } catch (NoSuchFileException e) {
            LOG.log(Level.FINE, "no cache yet: {0}", file);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "the cache " + file + " is not used (" + e + "); the files are read instead", e);
        }
        return new Held<>(new HashMap<>(), 0);
    }

    private Held<T> load() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 8) {
            throw new IOException("too short");
        }
        int body = bytes.length - 4;
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, body);
        if ((int) crc.getValue() != java.nio.ByteBuffer.wrap(bytes, body, 4).getInt()) {
            throw new IOException("checksum mismatch");
        }
        RecordCodec.In in = new RecordCodec.In(bytes, body);
        if (in.readInt() != MAGIC || !fingerprint.equals(in.readString())) {
            throw new IOException("written for another format or model");
        }
        long start = in.readLong();
        int count = in.readInt();
        Map<String, Entry<T>> out = new HashMap<>(count * 4 / 3 + 1);
        for (int i = 0; i < count; i++) {
            String key = in.readString();
            Stamp stamp = new Stamp(in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong());
            out.put(key, new Entry<>(stamp, codec.read(in)));
        }
        if (in.hasRemaining()) {
            throw new IOException("bytes after the last entry");
        }
        return new Held<>(out, start);
    }

    private void write(long start, Map<String, Entry<T>> entries) throws IOException {
        RecordCodec.Out out = new RecordCodec.Out();
        out.writeInt(MAGIC);
        out.writeString(fingerprint);
        out.writeLong(start);
        out.writeInt(entries.size());
        for (Map.Entry<String, Entry<T>> e : entries.entrySet()) {
            Stamp s = e.getValue().stamp;
            out.writeString(e.getKey());
            out.writeLong(s.size);
            out.writeLong(s.modified);
            out.writeLong(s.changed);
            out.writeLong(s.device);
            out.writeLong(s.inode);
            codec.write(out, e.getValue().value);
        }
        CRC32 crc = new CRC32();
        crc.update(out.array(), 0, out.size());
        out.writeInt((int) crc.getValue());
        // derived data: replaced atomically, but not forced to disk (a torn cache fails its checksum)
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            Files.write(temp, out.toByteArray());
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

}
