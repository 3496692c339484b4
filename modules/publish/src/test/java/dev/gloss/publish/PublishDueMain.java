package dev.gloss.publish;

import dev.gloss.net.HttpTransport;
import dev.gloss.net.Retry;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * A separate process that publishes what is due, like {@code gloss queue publish-due} from cron:
 * {@code PublishDueMain WORKSPACE SECRETS-DIR GO-FILE}. It waits for GO-FILE to appear, so that
 * two of them start publishing at the same moment, then prints one outcome line per entry.
 */
public final class PublishDueMain {
    private PublishDueMain() {
    }

    /** Starts one in a new JVM on this test's class path, its output (both streams) going to {@code output}. */
    public static Process start(Path ws, Path secrets, Path go, Path output) throws java.io.IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PublishDueMain.class.getName(),
                ws.toString(), secrets.toString(), go.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    /**
     * Starts one on {@code ws} (secrets in {@code tmp}/secrets, output in {@code tmp}/killed.txt) and
     * kills it (SIGKILL) once {@code service} has received {@code requests} requests of
     * {@code methodAndPath}, the last of them held there by the service.
     */
    public static void killWhenAt(Path ws, Path tmp, FakeService service, String methodAndPath, int requests) throws Exception {
        Path go = tmp.resolve("go");
        Files.writeString(go, "");
        Path output = tmp.resolve("killed.txt");
        Process p = start(ws, tmp.resolve("secrets"), go, output);
        try {
            for (int i = 0; i < 600 && service.count(methodAndPath) < requests; i++) {
                Thread.sleep(50);
            }
            org.junit.jupiter.api.Assertions.assertEquals(requests, service.count(methodAndPath), Files.readString(output));
        } finally {
            p.destroyForcibly();
            org.junit.jupiter.api.Assertions.assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
        }
    }

    public static void main(String[] args) throws Exception {
        Workspace ws = Workspace.open(Path.of(args[0]));
        Secrets secrets = new Secrets(new FileSecretStore(Path.of(args[1])), Map.<String, String>of()::get);
        Path go = Path.of(args[2]);
        for (int i = 0; i < 600 && !Files.exists(go); i++) {
            Thread.sleep(20);
        }
        QueueService q = QueueService.builder(ws).clock(Clock.systemDefaultZone()).secrets(secrets)
                .http(new HttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(20), Clock.systemUTC()))
                .retry(new Retry(3, Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(5), d -> Thread.sleep(d.toMillis())))
                .build();
        for (Outcome o : q.publishDue()) {
            System.out.println(o.line());
        }
    }
}
