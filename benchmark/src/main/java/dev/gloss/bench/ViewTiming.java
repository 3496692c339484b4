package dev.gloss.bench;

import dev.gloss.desktop.annotations.AnnotationViewProbe;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Workspace;
import java.awt.BorderLayout;
import java.awt.Toolkit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.RepaintManager;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;

/**
 * {@code ./bench}'s probe of the real annotation view, run in a fresh JVM by
 * {@link AnnotationViewBench}; prints one JSON object on stdout. It drives the real view through
 * {@link AnnotationViewProbe}, as the window does.
 * <p>
 * "Open" is from creating the panel and putting it in a shown window attached to the workspace
 * until the rows are in the table and the window is painted once; "filter" is one keystroke in
 * the filter field (or one colour toggle) until the rows are replaced and painted. It needs a
 * display (the benchmark starts Xvfb): the view's keyboard setup and drag support refuse a
 * headless JVM, and a real window paints through the real pipeline.
 * <p>
 * Arguments: {@code WORKSPACE cold|loaded ROUNDS [primed|fresh]}. {@code cold}: the annotation
 * files are read by the view's own loader, as when the view is the first to ask for them;
 * {@code loaded}: the workspace read them before (timed apart). With {@code ROUNDS > 0} the warm
 * opens and the filters follow the first open. {@code primed} (the default) first shows the
 * Swing components every window of the application has shown by then; {@code fresh} does not.
 * Each phase also reports the event thread's CPU time, which a busy machine does not inflate.
 */
public final class ViewTiming {
    private static final String TYPED = "gradient probe";

    private final Workspace ws;
    private final JFrame frame;
    private final JPanel holder = new JPanel(new BorderLayout());
    private final PaintClock clock = new PaintClock();

    private ViewTiming(Workspace ws, int width, int height) throws Exception {
        this.ws = ws;
        frame = new JFrame("Annotations");
        SwingUtilities.invokeAndWait(() -> {
            RepaintManager.setCurrentManager(clock);
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            frame.setContentPane(holder);
            frame.setSize(width, height);
            frame.setLocation(20, 20);
            frame.setVisible(true);
        });
        Thread.sleep(300); // let the window manager map it and the first expose paint pass
        SwingUtilities.invokeAndWait(() -> { });
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean cold = "cold".equals(args[1]);
        int rounds = Integer.parseInt(args[2]);
        boolean prime = args.length <= 3 || !"fresh".equals(args[3]);
        int w = 420;
        int h = 900;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("laf", lookAndFeel());
        out.put("width", w);
        out.put("height", h);
        Workspace ws = Workspace.open(dir);
        ws.papers(); // the application reads the papers when it opens the workspace
        if (!cold) {
            long t = System.nanoTime();
            out.put("annotationsRead", ws.annotations().size());
            out.put("storeMs", ms(t));
        }
        ViewTiming v = new ViewTiming(ws, w, h);
        processCpu(); // the management classes load now, not inside the first open
        if (prime) {
            v.primeLikeTheMainWindow();
        }
        out.put("primed", prime);
        Open first = v.open();
        out.put("rows", first.rows);
        out.put("firstOpenMs", first.ms);
        out.put("firstPhases", first.phases);
        SwingUtilities.invokeAndWait(first.panel::detach);
        if (rounds > 0) {
            List<Double> opens = new ArrayList<>();
            Open last = null;
            for (int r = -2; r < rounds; r++) { // two warm-ups
                if (last != null) {
                    AnnotationViewProbe p = last.panel;
                    SwingUtilities.invokeAndWait(p::detach);
                }
                last = v.open();
                if (r >= 0) {
                    opens.add(last.ms);
                }
            }
            out.put("warmOpenMs", opens);
            out.put("warmPhases", last.phases);
            AnnotationViewProbe panel = last.panel;
            List<Double> text = new ArrayList<>();
            List<Double> color = new ArrayList<>();
            List<Integer> shown = new ArrayList<>();
            for (int r = -1; r < rounds; r++) { // one warm-up
                v.type(panel, r >= 0 ? text : new ArrayList<>(), shown);
                v.toggleColors(panel, r >= 0 ? color : new ArrayList<>());
            }
            out.put("textMs", text);
            out.put("colorMs", color);
            out.put("typedShown", shown.subList(0, TYPED.length()));
        }
        SwingUtilities.invokeAndWait(v.frame::dispose);
        System.out.println(Json.compact(out));
        System.out.flush();
        System.exit(0);
    }

    /** FlatLaf light as in the application when its jar is on the class path, else Swing's default. */
    private static String lookAndFeel() throws Exception {
        String[] name = new String[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                UIManager.setLookAndFeel("com.formdev.flatlaf.FlatLightLaf");
            } catch (ReflectiveOperationException | javax.swing.UnsupportedLookAndFeelException e) {
                System.err.println("view bench: FlatLaf is not on the class path, measuring with "
                        + UIManager.getLookAndFeel().getName());
            }
            name[0] = UIManager.getLookAndFeel().getName();
        });
        return name[0];
    }

    /**
     * Shows and paints what every window of the application has shown before the user opens this
     * one (a text field, a combo box, toggles and buttons in a tool bar as the main window's, a
     * table, a status line with a formatted number as the reader's "Page 1 of 4 · 90 %", the
     * platform's request processor and bundles), so that the first open pays for this view and
     * not for Swing starting up.
     */
    private void primeLikeTheMainWindow() throws Exception {
        new org.openide.util.RequestProcessor("bench").post(() -> { }).waitFinished();
        AnnotationViewProbe.loadBundle();
        SwingUtilities.invokeAndWait(() -> {
            JPanel main = new JPanel(new BorderLayout());
            JPanel top = new JPanel();
            javax.swing.JToolBar tools = new javax.swing.JToolBar();
            tools.setFloatable(false);
            tools.add(new JToggleButton("on"));
            tools.add(new JButton("go"));
            top.add(tools);
            top.add(new JTextField("search", 12));
            top.add(new JComboBox<>(new String[] {"one", "two"}));
            main.add(top, BorderLayout.NORTH);
            main.add(new javax.swing.JLabel(java.text.MessageFormat.format("Page {0} of {1} \u00B7 {2} %", 1, 4, 90)),
                    BorderLayout.SOUTH);
            JTable table = new JTable(30, 3);
            for (int r = 0; r < 30; r++) {
                table.setValueAt("row " + r, r, 0);
            }
            main.add(new JScrollPane(table), BorderLayout.CENTER);
            holder.add(main);
            frame.validate();
            paint();
            holder.removeAll();
            frame.validate();
            paint();
        });
    }

    private record Open(AnnotationViewProbe panel, double ms, int rows, Map<String, Double> phases) {
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private long edtId = -1;

    /** CPU time the event thread has used so far, in ms. */
    private double edtCpu() throws Exception {
        if (edtId < 0) {
            long[] id = new long[1];
            SwingUtilities.invokeAndWait(() -> id[0] = Thread.currentThread().getId());
            edtId = id[0];
        }
        return THREADS.getThreadCpuTime(edtId) / 1e6;
    }

    /** CPU time of the whole process so far (every thread: loader, compiler, collector), in ms. */
    private static double processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
    }

    /**
     * The repaint manager, timing its paints: what the user sees is painted by it, after the
     * event that changed the view, so "painted" means its next paint has finished.
     */
    private static final class PaintClock extends RepaintManager {
        private volatile java.util.function.BooleanSupplier armed;
        private volatile CountDownLatch done = new CountDownLatch(1);
        private long start;
        private volatile long paintStart;
        private volatile long paintEnd;

        /** The next paint that begins with {@code when} true is the one to wait for (call on the event thread). */
        void arm(java.util.function.BooleanSupplier when) {
            done = new CountDownLatch(1);
            armed = when;
        }

        /** Waits for the armed paint; returns its start and end (nanoTime). */
        long[] await() throws InterruptedException {
            if (!done.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the view was not painted within 60 s");
            }
            return new long[] {paintStart, paintEnd};
        }

        @Override
        public void validateInvalidComponents() {
            start = System.nanoTime();
            super.validateInvalidComponents();
        }

        @Override
        public void paintDirtyRegions() {
            java.util.function.BooleanSupplier a = armed;
            boolean counts = a != null && a.getAsBoolean();
            super.paintDirtyRegions();
            if (counts) {
                Toolkit.getDefaultToolkit().sync(); // the X server has the picture
                armed = null;
                paintStart = start;
                paintEnd = System.nanoTime();
                done.countDown();
            }
        }
    }

    /** Creates the view, attaches it, and waits until its rows are in the table and painted once. */
    private Open open() throws Exception {
        double cpu = edtCpu();
        double processCpu = processCpu();
        long[] t = new long[2];
        AnnotationViewProbe[] p = new AnnotationViewProbe[1];
        SwingUtilities.invokeAndWait(() -> {
            holder.removeAll(); // the previous run's panel, if any
            frame.validate();
            t[0] = System.nanoTime();
            AnnotationViewProbe panel = new AnnotationViewProbe();
            p[0] = panel;
            clock.arm(panel::showsRows);
            holder.add(panel.component(), BorderLayout.CENTER);
            holder.revalidate();
            panel.attach(ws);
            t[1] = System.nanoTime();
        });
        long[] paint = clock.await();
        AnnotationViewProbe panel = p[0];
        int[] rows = new int[1];
        SwingUtilities.invokeAndWait(() -> rows[0] = panel.rowCount());
        Map<String, Double> phases = new LinkedHashMap<>();
        phases.put("create+attach", (t[1] - t[0]) / 1e6);
        phases.put("load+rows", (paint[0] - t[1]) / 1e6);
        phases.put("layout+paint", (paint[1] - paint[0]) / 1e6);
        phases.put("edtCpu", edtCpu() - cpu);
        phases.put("processCpu", processCpu() - processCpu);
        // rows whose height was guessed are measured in small steps after the first paint
        boolean[] guessing = {true};
        while (guessing[0]) {
            SwingUtilities.invokeAndWait(() -> guessing[0] = panel.hasGuessedHeights());
        }
        phases.put("allHeightsExact", (System.nanoTime() - t[0]) / 1e6);
        return new Open(panel, (paint[1] - t[0]) / 1e6, rows[0], phases);
    }

    /** Types {@link #TYPED} one character at a time, then deletes it the same way. */
    private void type(AnnotationViewProbe panel, List<Double> ms, List<Integer> shown) throws Exception {
        Document doc = panel.filterText();
        for (int i = 0; i < TYPED.length(); i++) {
            String ch = TYPED.substring(i, i + 1);
            ms.add(onEdt(() -> {
                insert(doc, ch);
                shown.add(panel.shown());
            }, panel));
        }
        for (int i = 0; i < TYPED.length(); i++) {
            ms.add(onEdt(() -> remove(doc), panel));
        }
    }

    /** Turns every colour on, one after the other, then off again. */
    private void toggleColors(AnnotationViewProbe panel, List<Double> ms) throws Exception {
        List<JToggleButton> buttons = panel.colorToggles();
        for (int pass = 0; pass < 2; pass++) {
            for (JToggleButton b : buttons) {
                ms.add(onEdt(() -> b.doClick(0), panel)); // doClick() would hold the button 68 ms
            }
        }
    }

    private static void insert(Document doc, String s) {
        try {
            doc.insertString(doc.getLength(), s, null);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void remove(Document doc) {
        try {
            doc.remove(doc.getLength() - 1, 1);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code change} on the event thread: milliseconds until the repaint it caused has finished. */
    private double onEdt(Runnable change, AnnotationViewProbe panel) throws Exception {
        long[] t = new long[1];
        SwingUtilities.invokeAndWait(() -> {
            t[0] = System.nanoTime();
            clock.arm(() -> true);
            change.run();
        });
        return (clock.await()[1] - t[0]) / 1e6;
    }

    /** Paints the whole window now (as the repaint manager would) and waits for the X server to have it. */
    private void paint() {
        JComponent root = frame.getRootPane();
        root.paintImmediately(0, 0, root.getWidth(), root.getHeight());
        Toolkit.getDefaultToolkit().sync();
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
