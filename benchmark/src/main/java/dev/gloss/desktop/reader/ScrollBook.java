package dev.gloss.desktop.reader;

import dev.gloss.pdf.PdfDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Child JVM of the peak-heap row (run with -Xmx512m): renders every page of a book for a
 * 1,000-pixel-wide view through the reader's document (both instances of the file) into the
 * reader's byte-bounded {@link RenderCache}, as scrolling end to end does, and prints the peak
 * heap in MB, or "OOM". It lives in the reader's package to use the reader's own classes (on the
 * benchmark's flat class path).
 */
public final class ScrollBook {
    private ScrollBook() {
    }

    public static void main(String[] args) throws Exception {
        long cacheBytes = Long.parseLong(args[1]);
        RenderCache cache = new RenderCache(cacheBytes);
        int pages;
        Path file = Path.of(args[0]);
        try (OpenDocument doc = new OpenDocument(PdfDocument.open(file), null, DocumentLoader.sha256(file))) {
            pages = doc.pageCount();
            for (int p = 1; p <= pages; p++) {
                RenderKey key = RenderKey.page(p, 1000 / doc.width(p));
                cache.put(key, doc.render(key));
            }
        } catch (OutOfMemoryError e) {
            System.out.println("OOM");
            return;
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println(pages + " " + peak / (1024 * 1024) + " " + cache.bytes() / (1024 * 1024));
    }
}
