package dev.gloss.bench;

import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.RenderCache;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Child JVM of the peak-heap row (run with -Xmx512m): renders every page of a book for a
 * 1,000-pixel-wide view into the reader's kind of byte-bounded cache, as scrolling end to end
 * does, and prints the peak heap in MB, or "OOM".
 */
public final class ScrollBook {
    private ScrollBook() {
    }

    public static void main(String[] args) throws Exception {
        long cacheBytes = Long.parseLong(args[1]);
        RenderCache cache = new RenderCache(cacheBytes);
        int pages;
        try (PdfDocument doc = PdfDocument.open(Path.of(args[0]))) {
            pages = doc.pageCount();
            for (int p = 1; p <= pages; p++) {
                float scale = (float) (1000 / doc.pageSize(p).width());
                cache.put(RenderCache.Key.page(doc, p, scale), doc.render(p, scale));
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
