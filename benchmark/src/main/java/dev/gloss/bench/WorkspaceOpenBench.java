package dev.gloss.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.workspace.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opening a workspace of many annotations in a new JVM ({@link OpenTiming} in a child process
 * each time), as the application does at every start: with the derived cache that the previous
 * open left under {@code .gloss/cache}, and, for comparison, without it (the first open after
 * the files changed, such as a fresh clone).
 */
final class WorkspaceOpenBench {
    private static final double TARGET = 300;
    private final Path scratch;
    private final int runs;

    WorkspaceOpenBench(Path scratch, boolean quick) {
        this.scratch = scratch;
        this.runs = quick ? 5 : 11;
    }

    Row measure(int annotations, int papers) throws Exception {
        Path ws = AnnotationWorkspace.writeAndCache(scratch.resolve("open-ws"), annotations, papers, 11);
        double[] cached = new double[runs];
        double[] cpu = new double[runs];
        double[] processCpu = new double[runs];
        double[] noArchive = new double[runs];
        double[] uncached = new double[2];
        Path archive = scratch.resolve("open.jsa");
        child(ws, ClassData.writing(archive)); // as the application's previous session
        List<String> cds = ClassData.using(archive);
        for (int r = 0; r < runs; r++) {
            noArchive[r] = child(ws, List.of()).path("openMs").asDouble();
            JsonNode o = child(ws, cds);
            cached[r] = o.path("openMs").asDouble();
            cpu[r] = o.path("cpuMs").asDouble();
            processCpu[r] = o.path("processCpuMs").asDouble();
            if (o.path("annotations").asInt() != annotations) {
                throw new IOException("read " + o.path("annotations").asInt() + " annotations, not " + annotations);
            }
        }
        for (int r = 0; r < uncached.length; r++) {
            AnnotationWorkspace.dropCache(ws);
            uncached[r] = child(ws, cds).path("openMs").asDouble();
        }
        AnnotationWorkspace.cache(ws); // as the view's rows expect it, should they use this workspace
        Stats c = Stats.of(cached);
        Stats u = Stats.of(uncached);
        return new Row(String.format(Locale.ROOT, "workspace open (fresh JVM), %,d annotations across %d papers",
                annotations, papers), c.median(), TARGET, "target", "ms",
                "Workspace.openOrCreate, then every object read (papers, every kind for the problem report, "
                        + "annotations), in a new JVM each time, with the derived cache the previous open left in "
                        + ".gloss/cache (each file's stamp checked, none read); "
                        + (cds.isEmpty() ? "no class-data archive (it could not be written)"
                                : "the JVM maps its classes from the class-data archive an earlier run wrote, as the "
                                + "launcher does") + "; " + c.spread() + "; reading thread's CPU "
                        + ms(Stats.of(cpu).median()) + ", the whole process's CPU from the JVM's start (every thread: the cache's, "
                        + "the JIT compilers', the collector's) " + ms(Stats.of(processCpu).median())
                        + "; without the archive: " + ms(Stats.of(noArchive).median())
                        + "; without the cache (the first open after the files "
                        + "changed: all " + String.format(Locale.ROOT, "%,d", annotations + papers) + " files parsed): "
                        + ms(u.median()) + " (" + u.spread() + ")");
    }

    private static JsonNode child(Path ws, List<String> jvmOptions) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xmx1g", "-Djava.awt.headless=true"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), OpenTiming.class.getName(), ws.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0 || out.isEmpty()) {
            throw new IOException("the open probe failed (exit " + (p.isAlive() ? "timeout" : p.exitValue()) + ")");
        }
        List<String> lines = out.lines().toList();
        return Json.MAPPER.readTree(lines.get(lines.size() - 1));
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.0f ms", v);
    }
}
