package dev.gloss.pdf.raster;

import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Pages rendered earlier, kept on disk so that a paper opened again shows at once what it showed
 * last time, and the library shows each paper's first page without opening it: derived, local
 * data under the workspace's {@code .gloss/pages/}, keyed by the PDF's content hash (SHA-256),
 * the page, whether the file's own markup was drawn, and the raster's width in pixels.
 * <ul>
 * <li><b>Pages</b> ({@link #page}, {@link #putPage}): a rendered page at some width; a caller asks
 * for the width it wants and gets the nearest kept (to stretch until its own render is ready).</li>
 * <li><b>The view</b> ({@link #view}, {@link #putView}): what a reader showed of the file when it
 * last settled, with the caller's note of where it was (a text of its own).</li>
 * <li><b>The splash</b> ({@link #splash}, {@link #putSplash}): that view on a transparent image
 * centred on the screen, which the launcher hands to the JVM's native splash screen
 * ({@code -splash:}, which centres it) so it shows at its place before any Java runs.</li>
 * </ul>
 * Every file is written aside and renamed in; each names what it is inside, and a file that is
 * damaged, foreign or for another key is ignored (and removed), never shown. The folder is kept
 * under a size bound by removing the files used least recently. Rasters made by an older version
 * of the renderer ({@link #VERSION}) are never read. Methods read and write files: call them off
 * the event thread.
 * <pre>{@code
 * PageRasters rasters = PageRasters.in(workspace.derivedFolder());
 * BufferedImage cached = rasters.page(sha256, 3, false, 900);   // null when none is kept
 * rasters.putPage(sha256, 3, false, rendered);
 * }</pre>
 */
public final class PageRasters {
    private static final Logger LOG = Logger.getLogger(PageRasters.class.getName());
    /**
     * The layout of the folder and what the renderer draws: raise it when either changes, so that
     * rasters drawn otherwise are not shown (the launcher script names it too: {@code gloss}).
     */
    public static final int VERSION = 2;
    /** The folder under the workspace's derived folder. */
    public static final String FOLDER = "pages";
    /** The file the launcher looks for, in the folder of a file's hash. */
    public static final String SPLASH = "splash.png";
    /** The size bound unless the caller gives one: a few hundred papers' last views and thumbnails. */
    public static final long DEFAULT_MAX_BYTES = 200L << 20;
    private static final String VIEW = "view.png";
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern PAGE = Pattern.compile("p(\\d+)-([mn])-(\\d+)\\.png");
    /** A file written aside (a crash may leave one): {@code name.png.<random>.tmp}. */
    private static final String TMP = ".tmp";

    private static final java.util.Map<Path, PageRasters> SHARED = new java.util.concurrent.ConcurrentHashMap<>();
    private final Path root;
    private final Path folder;
    private final long maxBytes;
    /** The bytes in the folder as far as this process knows; negative until counted. */
    private long bytes = -1;

    PageRasters(Path root, long maxBytes) {
        this.root = root;
        this.folder = root.resolve(String.valueOf(VERSION));
        this.maxBytes = maxBytes;
    }

    /**
     * The rasters of a workspace, in {@code derivedFolder/pages} (its {@code .gloss} folder): one
     * instance per folder in a process, so that its writers share one count of the bound.
     */
    public static PageRasters in(Path derivedFolder) {
        return SHARED.computeIfAbsent(derivedFolder.toAbsolutePath().normalize(),
                d -> new PageRasters(d.resolve(FOLDER), DEFAULT_MAX_BYTES));
    }

    /** The same folder kept under another bound, in bytes. */
    public static PageRasters in(Path derivedFolder, long maxBytes) {
        return new PageRasters(derivedFolder.resolve(FOLDER), maxBytes);
    }

    // ---- pages ----

    /**
     * The kept raster of {@code page} nearest {@code width}: the narrowest at least that wide,
     * else the widest narrower one; null when none is kept (or none is intact).
     *
     * @param markup whether the file's own markup annotations were drawn on it
     */
    public BufferedImage page(String sha256, int page, boolean markup, int width) {
        Path dir = dirOf(sha256);
        List<int[]> widths = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "p" + page + "-*.png")) {
            for (Path f : files) {
                Matcher m = PAGE.matcher(f.getFileName().toString());
                if (m.matches() && Integer.parseInt(m.group(1)) == page && m.group(2).equals(variant(markup))) {
                    widths.add(new int[] {Integer.parseInt(m.group(3))});
                }
            }
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | NumberFormatException e) {
            LOG.log(Level.FINE, "Cannot list the rasters of " + sha256, e);
            return null;
        }
        // the narrowest at least as wide as wanted first, then the wider of the rest
        widths.sort(Comparator.comparingInt((int[] w) -> w[0] >= width ? 0 : 1)
                .thenComparingInt(w -> w[0] >= width ? w[0] : -w[0]));
        for (int[] w : widths) {
            BufferedImage img = read(dir.resolve(pageName(page, markup, w[0])), pageLabel(sha256, page, markup, w[0]));
            if (img != null && img.getWidth() == w[0] && img.getTransparency() == java.awt.Transparency.OPAQUE) {
                return img;
            }
        }
        return null;
    }

    /** Keeps a rendered page (an opaque image; its width is part of its key). */
    public void putPage(String sha256, int page, boolean markup, BufferedImage image) {
        if (page < 1) {
            throw new IllegalArgumentException("page " + page);
        }
        int w = image.getWidth();
        write(dirOf(sha256).resolve(pageName(page, markup, w)),
                RasterPng.encode(image, false, pageLabel(sha256, page, markup, w)));
    }

    /**
     * Page 1 at {@code width} pixels wide for the library (the file's own markup not drawn, as a
     * paper's reader shows it): kept, or rendered now from {@code pdf} and kept. Call it on a
     * background thread; rendering opens the file.
     *
     * @throws PdfException when the file cannot be opened or drawn
     */
    public BufferedImage thumbnail(Path pdf, String sha256, int width) throws PdfException {
        BufferedImage kept = page(sha256, 1, false, width);
        if (kept != null && kept.getWidth() == width) {
            return kept;
        }
        try (PdfDocument doc = PdfDocument.open(pdf)) {
            doc.setMarkupDrawn(false);
            float scale = (float) (width / doc.pageSize(1).width());
            BufferedImage img = doc.render(1, scale);
            putPage(sha256, 1, false, img);
            return img;
        }
    }

    // ---- the view and the splash ----

    /** What a reader showed of a file, and the note it kept with it. */
    public record View(BufferedImage image, String note) {
    }

    /** The view kept for the file with this hash, or null. */
    public View view(String sha256) {
        Path f = dirOf(sha256).resolve(VIEW);
        if (!Files.exists(f)) {
            return null;
        }
        String prefix = "view " + sha256 + " ";
        RasterPng.Decoded d = decode(f);
        if (d == null || !d.label().startsWith(prefix) || d.image().getTransparency() != java.awt.Transparency.OPAQUE) {
            if (d != null) {
                discard(f, "its label is " + d.label());
            }
            return null;
        }
        return new View(d.image(), d.label().substring(prefix.length()));
    }

    /** Keeps what a reader shows of the file (an opaque image), with a note (one line, Latin-1). */
    public void putView(String sha256, BufferedImage image, String note) {
        if (note.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("one line: " + note);
        }
        write(dirOf(sha256).resolve(VIEW), RasterPng.encode(image, false, "view " + sha256 + " " + note));
    }

    /** Where the splash of the file with this hash is (whether or not there is one). */
    public Path splash(String sha256) {
        return dirOf(sha256).resolve(SPLASH);
    }

    /** Keeps the splash: an image with transparent pixels (alpha 0) around what it shows. */
    public void putSplash(String sha256, BufferedImage argb) {
        write(splash(sha256), RasterPng.encode(argb, true, "splash " + sha256));
    }

    // ---- files ----

    private Path dirOf(String sha256) {
        if (!SHA.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        return folder.resolve(sha256);
    }

    private static String variant(boolean markup) {
        return markup ? "m" : "n";
    }

    private static String pageName(int page, boolean markup, int width) {
        return "p" + page + "-" + variant(markup) + "-" + width + ".png";
    }

    private static String pageLabel(String sha256, int page, boolean markup, int width) {
        return "page " + sha256 + " " + page + " " + variant(markup) + " " + width;
    }

    /** The image of a file whose label is {@code label}; null (and the file removed) otherwise. */
    private BufferedImage read(Path f, String label) {
        RasterPng.Decoded d = decode(f);
        if (d == null) {
            return null;
        }
        if (!d.label().equals(label)) {
            discard(f, "its label is " + d.label());
            return null;
        }
        return d.image();
    }

    private RasterPng.Decoded decode(Path f) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            return null; // removed by the size bound in the meantime
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot read the raster " + f, e);
            return null;
        }
        try {
            RasterPng.Decoded d = RasterPng.decode(bytes);
            touch(f);
            return d;
        } catch (RasterPng.BadRaster e) {
            discard(f, e.getMessage());
            return null;
        }
    }

    /** A used raster is the last to go when the folder is over its bound. */
    private static void touch(Path f) {
        try {
            Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot mark " + f + " as used", e);
        }
    }

    private static void discard(Path f, String why) {
        LOG.log(Level.INFO, "Ignoring the cached raster {0}: {1}", new Object[] {f, why});
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot remove " + f, e);
        }
    }

    /** Writes aside and renames in; then keeps the folder within its bound. Failures are logged: a cache. */
    private void write(Path f, byte[] data) {
        Path tmp = f.resolveSibling(f.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TMP);
        try {
            Files.createDirectories(f.getParent());
            Files.write(tmp, data);
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.log(Level.INFO, "Cannot keep the raster " + f, e);
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException again) {
                LOG.log(Level.FINE, "Cannot remove " + tmp, again);
            }
            return;
        }
        added(data.length);
    }

    private synchronized void added(long n) {
        if (bytes < 0) {
            bytes = trim(Long.MAX_VALUE);
        } else {
            bytes += n;
        }
        if (bytes > maxBytes) {
            // down to 80%, so that the next writes do not each walk the folder again
            bytes = trim(maxBytes * 4 / 5);
        }
    }

    /**
     * Removes rasters of other versions, files left aside by a crash, and then the files used
     * least recently until at most {@code limit} bytes are left; returns the bytes left.
     */
    synchronized long trim(long limit) {
        record Entry(Path file, long size, long used) {
        }
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        long stale = System.currentTimeMillis() - 60_000;
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(root)) {
            for (Path v : versions) {
                if (!v.equals(folder)) {
                    deleteTree(v); // another version's rasters are never read
                }
            }
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot list " + root, e);
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) all::iterator) {
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(f, BasicFileAttributes.class);
                } catch (NoSuchFileException e) {
                    continue;
                }
                if (!a.isRegularFile()) {
                    continue;
                }
                if (f.getFileName().toString().endsWith(TMP) && a.lastModifiedTime().toMillis() < stale) {
                    Files.deleteIfExists(f);
                    continue;
                }
                entries.add(new Entry(f, a.size(), a.lastModifiedTime().toMillis()));
                total += a.size();
            }
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.log(Level.FINE, "Cannot walk " + folder, e);
            return total;
        }
        if (total <= limit) {
            return total;
        }
        entries.sort(Comparator.comparingLong(Entry::used));
        for (Entry e : entries) {
            if (total <= limit) {
                break;
            }
            try {
                Files.deleteIfExists(e.file());
                total -= e.size();
                Path dir = e.file().getParent();
                try (Stream<Path> left = Files.list(dir)) {
                    if (left.findAny().isEmpty()) {
                        Files.deleteIfExists(dir);
                    }
                }
            } catch (IOException x) {
                LOG.log(Level.FINE, "Cannot remove " + e.file(), x);
            }
        }
        LOG.log(Level.FINE, "Page rasters trimmed to {0} bytes", total);
        return total;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PageRasters[%s, at most %d bytes]", folder, maxBytes);
    }
}
