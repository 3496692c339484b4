package dev.gloss.desktop.core;

import java.awt.Color;
import java.awt.Frame;
import java.awt.SplashScreen;
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
        SplashCover.installIfSplash();
        boolean[] splashUp = new boolean[1];
        SwingUtilities.invokeAndWait(() -> { // after the cover's attach, queued before
            JFrame frame = null;
            for (Frame f : Frame.getFrames()) {
                if (f instanceof JFrame j && SplashCover.MAIN_FRAME.equals(j.getName())) {
                    frame = j;
                }
            }
            frame.getContentPane().setBackground(Color.LIGHT_GRAY);
            frame.setBounds(100, 100, 800, 600);
            frame.setVisible(true);
            splashUp[0] = SplashScreen.getSplashScreen() != null && SplashScreen.getSplashScreen().isVisible();
        });
        System.out.println("shown splashUp=" + splashUp[0]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null;) {
            if (line.equals("splash?")) {
                System.out.println("splash=" + (SplashScreen.getSplashScreen() != null && SplashScreen.getSplashScreen().isVisible()));
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
