package dev.gloss.desktop.core;

import java.awt.Color;
import java.awt.Frame;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * The start's side of {@link SplashCoverGuiTest}, run in a JVM of its own with {@code -splash:}:
 * installs the cover as the module does, shows the frame the window system would take, and says
 * on its standard output what it saw; {@code painted} on its input stands for the reader's page.
 */
public final class SplashCoverProbe {
    private SplashCoverProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean holdFirstPaint = args.length > 0 && args[0].equals("holdFirstPaint");
        SplashCover.installIfSplash().get(); // the picture is read long before the platform shows its window
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch shown = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch painting = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch paint = new java.util.concurrent.CountDownLatch(1);
        SwingUtilities.invokeLater(() -> { // after the cover's attach, queued before
            JFrame frame = null;
            for (Frame f : Frame.getFrames()) {
                if (f instanceof JFrame j && SplashCover.MAIN_FRAME.equals(j.getName())) {
                    frame = j;
                }
            }
            if (holdFirstPaint) { // the frame is mapped, its first paint not done: what does the screen show?
                frame.setContentPane(new javax.swing.JPanel() {
                    @Override
                    protected void paintComponent(java.awt.Graphics g) {
                        painting.countDown();
                        try {
                            paint.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        super.paintComponent(g);
                    }
                });
            }
            frame.getContentPane().setBackground(Color.LIGHT_GRAY);
            frame.setBounds(100, 100, 800, 600);
            frame.setVisible(true);
            java.awt.Toolkit.getDefaultToolkit().sync();
            shown.countDown();
            try { // the event thread stays busy, as the window system's is after it shows the frame
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (holdFirstPaint) {
            painting.await();
            java.awt.Toolkit.getDefaultToolkit().sync();
            System.out.println("painting");
            if (!"paint".equals(in.readLine())) {
                System.exit(1);
            }
            paint.countDown();
        }
        shown.await();
        System.out.println("shown");
        System.out.println(java.awt.SplashScreen.getSplashScreen() == null ? "splash closed" : "splash open");
        for (String line; (line = in.readLine()) != null;) {
            if (line.equals("release")) {
                release.countDown();
                SwingUtilities.invokeAndWait(() -> { });
                System.out.println("released");
            } else if (line.equals("painted")) {
                FirstPage.painted();
                SwingUtilities.invokeAndWait(() -> { });
                SwingUtilities.invokeAndWait(() -> { });
                System.out.println("done");
            } else if (line.equals("exit")) {
                System.exit(0);
            }
        }
    }
}
