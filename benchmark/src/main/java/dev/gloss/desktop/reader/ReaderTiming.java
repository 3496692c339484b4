package dev.gloss.desktop.reader;

import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.Json;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * {@code ./bench}'s probe of the reader's first page in a fresh JVM, run by
 * {@code dev.gloss.bench.FirstPageBench}; prints one JSON object on stdout. It lives in the
 * reader's package to drive {@link DocumentLoader} and {@link ReaderPanel} as the reader tab
 * does (on the benchmark's flat class path; it never goes into the module system).
 * <p>
 * A window is shown first (as the main window is), then, with {@code warm}, PDFBox is warmed up
 * as {@link RenderWarmUp} does when the main window shows; then the file is opened through the
 * loader and the reader panel put in the window, until page 1 is painted from its first image
 * (the quick low-resolution pass) and from its sharp one, in wall time and in the process's CPU
 * time (all threads: the loader, the render threads, the event thread, the JIT), which a busy
 * machine does not inflate. The file is a paper of the workspace
 * given (with a highlight on page 1), opened before the clock starts as the application opens
 * its workspace at startup. Arguments: {@code WORKSPACE FILE cold|warm}.
 */
public final class ReaderTiming {
    private ReaderTiming() {
    }

    public static void main(String[] args) throws Exception {
        dev.gloss.desktop.core.GlossWorkspace.future().complete(dev.gloss.workspace.Workspace.open(Path.of(args[0])));
        Path file = Path.of(args[1]);
        boolean warm = "warm".equals(args[2]);
        JFrame frame = new JFrame("Reader");
        SwingUtilities.invokeAndWait(() -> {
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            frame.setBounds(20, 20, 1000, 900);
            frame.setVisible(true);
        });
        Thread.sleep(300); // the window manager maps it, the first expose paints
        Map<String, Object> out = new LinkedHashMap<>();
        if (warm) {
            long t = System.nanoTime();
            PdfDocument.warmUp();
            out.put("warmUpMs", (System.nanoTime() - t) / 1e6);
        }
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        AtomicReference<ReaderPanel> panel = new AtomicReference<>();
        CountDownLatch loaded = new CountDownLatch(1);
        SwingUtilities.invokeAndWait(() -> new DocumentLoader(file, new DocumentLoader.Callback() {
            @Override
            public void loaded(OpenDocument doc) {
                out.put("openMs", (System.nanoTime() - start) / 1e6);
                ReaderPanel p = new ReaderPanel(doc);
                frame.getContentPane().add(p);
                frame.validate();
                panel.set(p);
                loaded.countDown();
            }

            @Override
            public void failed(String sentence, PdfException.Reason reason) {
                System.err.println(sentence);
                System.exit(2);
            }
        }).start());
        if (!loaded.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the file did not open");
        }
        double first = -1;
        double sharp = -1;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while ((first < 0 || sharp < 0) && System.nanoTime() < deadline) {
            boolean[] state = new boolean[2];
            SwingUtilities.invokeAndWait(() -> {
                PageView view = panel.get().view();
                state[0] = view.showsImage(1);
                state[1] = view.showsSharpImage(1);
                if (state[0]) {
                    view.paintImmediately(view.getVisibleRect()); // what is on screen once the image is there
                }
            });
            double now = (System.nanoTime() - start) / 1e6;
            if (state[0] && first < 0) {
                first = now;
                out.put("firstImageCpuMs", (os.getProcessCpuTime() - cpuStart) / 1e6);
            }
            if (state[1] && sharp < 0) {
                sharp = now;
                out.put("sharpCpuMs", (os.getProcessCpuTime() - cpuStart) / 1e6);
            }
            Thread.sleep(5);
        }
        out.put("firstImageMs", first);
        out.put("sharpMs", sharp);
        System.out.println(Json.compact(out));
        SwingUtilities.invokeAndWait(() -> {
            panel.get().close();
            frame.dispose();
        });
        System.exit(0);
    }
}
