package dev.gloss.bench;

import dev.gloss.workspace.Json;
import dev.gloss.workspace.Workspace;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./bench}'s probe of opening a workspace, run in a fresh JVM by {@link WorkspaceOpenBench}:
 * opens it and reads every object, as the application's start does (the papers for the library,
 * then every kind when it reports unreadable files; the annotations for the search index and the
 * annotation view), and prints one JSON object: wall time, the reading thread's CPU time, the
 * whole process's CPU time since the JVM started, and how many objects were read. Argument: the
 * workspace folder.
 */
public final class OpenTiming {
    private OpenTiming() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        Workspace ws = Workspace.openOrCreate(Path.of(args[0]));
        int papers = ws.papers().size();
        int problems = ws.problems().size();
        int annotations = ws.annotations().size();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("openMs", (System.nanoTime() - t) / 1e6);
        out.put("cpuMs", (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
        // read after the open, so that the management classes load outside it: every thread
        // (the cache's, the compilers', the collector's) since the JVM started
        out.put("processCpuMs", ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e6);
        out.put("papers", papers);
        out.put("annotations", annotations);
        out.put("problems", problems);
        System.out.println(Json.compact(out));
    }
}
