package dev.gloss.bench;

import dev.gloss.desktop.reader.ReaderProbe;
import dev.gloss.pdf.Citation;
import dev.gloss.workspace.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * {@code ./bench}'s probe of the reader's previews on hover, run by {@link PreviewBench} in a
 * JVM of its own on Xvfb; prints one JSON object on stdout. The paper is opened through
 * {@link ReaderProbe} as a reader tab opens it, its references read; then the preview of every
 * marker of its first pages is opened as the end of the hover delay opens it, until the preview
 * window is on screen and painted: a first round warms the reader (as a user's first minutes
 * do), the second is timed, and a third without the targets drawn ahead (each rendered when its
 * preview opens). Arguments: {@code FILE PAGES}.
 */
public final class PreviewTiming {
    private PreviewTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int pages = Integer.parseInt(args[1]);
        JFrame frame = new JFrame("Reader");
        SwingUtilities.invokeAndWait(() -> {
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            frame.setBounds(20, 20, 1000, 900);
            frame.setVisible(true);
        });
        AtomicReference<ReaderProbe> probe = new AtomicReference<>();
        CountDownLatch loaded = new CountDownLatch(1);
        SwingUtilities.invokeAndWait(() -> ReaderProbe.open(file, p -> {
            frame.getContentPane().add(p.component());
            frame.validate();
            probe.set(p);
            loaded.countDown();
        }, (sentence, reason) -> {
            System.err.println(sentence);
            System.exit(2);
        }));
        if (!loaded.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the file did not open");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        long t = System.nanoTime();
        List<Citation> markers = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            markers.addAll(probe.get().citations(p));
        }
        out.put("readMs", (System.nanoTime() - t) / 1e6);
        out.put("markers", markers.size());
        List<Double> first = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        List<Double> onDemand = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            if (round == 2) {
                SwingUtilities.invokeAndWait(() -> probe.get().drawPreviewsAhead(false));
            }
            int lastPage = 0;
            for (Citation c : markers) {
                if (c.page() != lastPage) {
                    lastPage = c.page();
                    int page = lastPage;
                    SwingUtilities.invokeAndWait(() -> probe.get().goToPage(page));
                    Thread.sleep(300);
                }
                double ms = open(probe.get(), c);
                (round == 0 ? first : round == 1 ? warm : onDemand).add(ms);
            }
        }
        out.put("firstRoundMs", first);
        out.put("warmMs", warm);
        out.put("onDemandMs", onDemand);
        System.out.println(Json.compact(out));
        SwingUtilities.invokeAndWait(() -> {
            probe.get().close();
            frame.dispose();
        });
        System.exit(0);
    }

    /** One preview, from the hover delay's end until it is painted on screen; then closed. */
    private static double open(ReaderProbe probe, Citation c) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        double[] ms = {-1};
        SwingUtilities.invokeAndWait(() -> probe.preview(c, v -> {
            ms[0] = v;
            shown.countDown();
        }));
        if (!shown.await(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("no preview for " + c);
        }
        SwingUtilities.invokeAndWait(probe::closePreview);
        Thread.sleep(40); // the pointer moves on to the next marker
        return ms[0];
    }
}
