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
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        boolean early = args.length > 0 && args[0].equals("early");
        boolean firstLook = args.length > 0 && args[0].equals("firstLook");
        boolean holdFirstPaint = early || firstLook || args.length > 0 && args[0].equals("holdFirstPaint");
        if (args.length > 0 && args[0].equals("standIn")) { // the first look's JVM: its splash until ended
            System.out.println("up");
            Thread.sleep(60_000);
            System.exit(1);
        }
        if (firstLook) { // no splash of its own: the first look's (FirstLookSplash's properties set)
            FirstLookSplash.watch();
            FirstLookSplash.drawn().get(20, java.util.concurrent.TimeUnit.SECONDS);
        }
        SplashCover.installIfSplash().get(); // the picture is read long before the platform shows its window
        if (firstLook) {
            SwingUtilities.invokeAndWait(() -> { }); // the cover installed
            Thread.sleep(500); // and its picture read
            System.out.println("ready");
        }
        if (early) { // a page drawn before the window: args[1] the picture as the reader keeps it (a PNG), then its place
            java.awt.Rectangle at = new java.awt.Rectangle(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(at.width, at.height,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = picture.createGraphics();
            g.setColor(new Color(Integer.parseInt(args[6], 16)));
            g.fillRect(0, 0, at.width, at.height);
            g.dispose();
            System.out.println(FirstPage.splashAwaitsPage() ? "splash up" : "no splash");
            FirstPage.showEarly(picture, at, java.nio.file.Path.of(args[1]));
            System.out.println("early");
            if (!"go".equals(in.readLine())) {
                System.exit(1);
            }
        }
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
