package dev.gloss.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.workspace.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the baseline tools as whole processes, timed by hyperfine (median of its runs). */
final class Tools {
    private final Path scratch;

    Tools(Path scratch) {
        this.scratch = scratch;
    }

    static boolean available(String tool) {
        try {
            Process p = new ProcessBuilder("sh", "-c", "command -v " + tool).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Median wall time in milliseconds of a shell command over {@code runs} runs (after one warm-up). */
    Stats hyperfine(String command, int runs) throws IOException, InterruptedException {
        Path json = Files.createTempFile(scratch, "hyperfine-", ".json");
        List<String> cmd = new ArrayList<>(List.of("hyperfine", "--style", "none", "--warmup", "1", "--runs",
                String.valueOf(runs), "--export-json", json.toString(), command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("hyperfine failed on: " + command);
        }
        JsonNode times = Json.MAPPER.readTree(json.toFile()).path("results").get(0).path("times");
        double[] ms = new double[times.size()];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = times.get(i).asDouble() * 1000;
        }
        return Stats.of(ms);
    }

    static String quote(Path p) {
        return "'" + p.toString().replace("'", "'\\''") + "'";
    }
}
