package dev.gloss.app;

import dev.gloss.desktop.core.OpenRequests;
import java.nio.file.Path;

/**
 * A JVM that takes open requests as the running Gloss does ({@link OpenRequests} in the user
 * directory given), printing each file it is handed; with {@code deaf} it only claims the folder
 * (a Gloss that hangs). Started by {@link LauncherBuildIT} with the launcher's JVM option that
 * names the user directory, as the platform's launcher gives it.
 */
public final class OpenRequestsProbe {
    private OpenRequestsProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]).resolve(OpenRequests.FOLDER);
        if (args.length > 1 && args[1].equals("deaf")) {
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.writeString(folder.resolve(OpenRequests.OWNER), ProcessHandle.current().pid() + "\n");
        } else {
            OpenRequests.start(folder, files -> files.forEach(f -> System.out.println("open " + f)));
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
