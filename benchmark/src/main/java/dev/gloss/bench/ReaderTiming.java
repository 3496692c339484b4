package dev.gloss.bench;

import dev.gloss.desktop.reader.ReaderProbe;
import dev.gloss.pdf.PdfDocument;
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
 * {@link FirstPageBench}; prints one JSON object on stdout. It drives the reader through
 * {@link ReaderProbe}, which opens the file as the reader tab does (the loader, then the reader
 * panel).
 * <p>
 * A window is shown first (as the main window is), then, with {@code warm}, PDFBox is warmed up
 * as the reader's {@code RenderWarmUp} does when the main window shows; then the file is opened
 * through the loader and the reader panel put in the window, until page 1 is painted from its first image
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
        AtomicReference<ReaderProbe> panel = new AtomicReference<>();
        CountDownLatch loaded = new CountDownLatch(1);
        SwingUtilities.invokeAndWait(() -> ReaderProbe.open(file, p -> {
            out.put("openMs", (System.nanoTime() - start) / 1e6);
            frame.getContentPane().add(p.component());
            frame.validate();
            panel.set(p);
            loaded.countDown();
        }, (sentence, reason) -> {
            System.err.println(sentence);
            System.exit(2);
        }));
        if (!loaded.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the file did not open");
        }
        double first = -1;
        double sharp = -1;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while ((first < 0 || sharp < 0) && System.nanoTime() < deadline) {
            boolean[] state = new boolean[2];
            SwingUtilities.invokeAndWait(() -> {
                ReaderProbe probe = panel.get();
                state[0] = probe.showsImage(1);
                state[1] = probe.showsSharpImage(1);
                if (state[0]) {
                    probe.paintNow(); // what is on screen once the image is there
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
