package dev.gloss.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.threads.PlatformRules;
import dev.gloss.workspace.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code gloss thread count}: prints {@code LENGTH/LIMIT ok} or {@code LENGTH/LIMIT over by N} (exit 0 in
 * both cases; a Bluesky post within 300 graphemes but over 3000 UTF-8 bytes is "over: ... bytes");
 * {@code --json}: {@code {"length","limit","valid"}}; {@code --jsonl}: one such object per input line
 * {@code {"text": ...}}, in order (blank lines skipped).
 */
final class ThreadCountCommand {
    private ThreadCountCommand() {
    }

    static int run(Cli cli, List<String> argv) throws CliException, IOException {
        Args args = Args.parse(argv, Set.of("platform", "limit"), Set.of("json", "jsonl"));
        PlatformRules rules = ThreadArgs.oneRules(args);
        if (args.has("jsonl")) {
            if (!args.positionals().isEmpty() || args.has("json")) {
                throw new CliException("--jsonl reads JSON lines from stdin; it takes no TEXT and no --json");
            }
            return countLines(cli, rules);
        }
        String text = ThreadArgs.textArgument(cli, args, "count", false);
        int length = rules.count(text);
        boolean valid = rules.fits(text);
        if (args.has("json")) {
            cli.json(result(length, rules.limit(), valid));
        } else {
            String verdict = valid ? "ok" : length > rules.limit() ? "over by " + (length - rules.limit())
                    : "over: " + text.getBytes(StandardCharsets.UTF_8).length + " UTF-8 bytes, "
                            + rules.platform().displayName() + " allows " + PlatformRules.BLUESKY_MAX_BYTES;
            cli.out().println(length + "/" + rules.limit() + " " + verdict);
        }
        return 0;
    }

    static Map<String, Object> result(int length, int limit, boolean valid) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("length", length);
        m.put("limit", limit);
        m.put("valid", valid);
        return m;
    }

    /** One JVM for any number of lines: read, count and write in a stream, buffered. */
    static int countLines(Cli cli, PlatformRules rules) throws CliException, IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(cli.in(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(cli.out(), StandardCharsets.UTF_8));
        int lineNo = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String text = textOfLine(line, lineNo);
                out.println(Json.compact(result(rules.count(text), rules.limit(), rules.fits(text))));
                if (lineNo % 256 == 0) {
                    out.flush();
                }
            }
        } finally {
            out.flush();
        }
        return 0;
    }

    static String textOfLine(String line, int lineNo) throws CliException {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new CliException("line " + lineNo + " of stdin is not JSON (" + e.getOriginalMessage() + ")", e);
        }
        JsonNode text = node == null ? null : node.get("text");
        if (text == null || !text.isTextual()) {
            throw new CliException("line " + lineNo + " of stdin has no \"text\" string; expected {\"text\": \"...\"}");
        }
        return text.asText();
    }
}
