package dev.gloss.bench;

import dev.gloss.desktop.reader.ReaderProbe;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Child JVM of the peak-heap row (run with -Xmx512m): renders every page of a book for a
 * 1,000-pixel-wide view through the reader's document (both instances of the file) into the
 * reader's byte-bounded render cache ({@link ReaderProbe#book}), as scrolling end to end does, and
 * prints the peak heap in MB (the most used after any page, garbage included: what the collector
 * let fill up), the cache's size and the heap still used after a full collection with the book
 * open, or "OOM".
 */
public final class ScrollBook {
    private ScrollBook() {
    }

    public static void main(String[] args) throws Exception {
        long cacheBytes = Long.parseLong(args[1]);
        int pages;
        long live;
        long cached;
        long peak = 0;
        java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Path file = Path.of(args[0]);
        try (ReaderProbe.Book book = ReaderProbe.book(file, cacheBytes)) {
            pages = book.pageCount();
            for (int p = 1; p <= pages; p++) {
                book.render(p, 1000);
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            }
            cached = book.cacheBytes();
            // what is really held with the book open (cache, both instances, glyphs), not garbage a GC has not taken yet
            System.gc();
            Runtime rt = Runtime.getRuntime();
            live = rt.totalMemory() - rt.freeMemory();
        } catch (OutOfMemoryError e) {
            System.out.println("OOM");
            return;
        }
        System.out.println(pages + " " + peak / (1024 * 1024) + " " + cached / (1024 * 1024) + " " + live / (1024 * 1024));
    }
}
