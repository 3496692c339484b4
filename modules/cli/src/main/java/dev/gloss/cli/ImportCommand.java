package dev.gloss.cli;

import dev.gloss.library.FileImport;
import dev.gloss.library.ImportResult;
import dev.gloss.library.PaperImporter;
import dev.gloss.workspace.FileFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code gloss import FILE... [--password-file F] [--json]}: copies PDFs into the workspace
 * library with their metadata and the annotations other readers wrote into them. Every file is
 * tried; one that cannot be imported is named on stderr ({@code gloss: FILE: why}) and the rest
 * go on. Exit 0 when every file was imported (or was already there), 2 when any failed.
 * {@code --json} prints {@code [{"id","file","title","pages","annotations","alreadyPresent"}]},
 * one entry per file in the order given, {@code {"file","error"}} for a failed one;
 * {@code annotations} counts the file's own annotations added by this import.
 */
@ServiceProvider(service = CliCommand.class)
public final class ImportCommand implements CliCommand {
    @Override
    public String name() {
        return "import";
    }

    @Override
    public String group() {
        return "Library";
    }

    @Override
    public List<String> usage() {
        return List.of("import FILE.pdf... [--password-file F] [--json]   add PDFs (and their annotations) to the library");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws CliException {
        Args args = Args.parse(argv, Set.of("password-file"), Set.of("json"));
        if (args.positionals().isEmpty()) {
            throw new CliException("import needs at least one FILE.pdf");
        }
        List<Path> files = args.positionals().stream().map(Path::of).toList();
        char[] password = password(args);
        List<FileImport> results;
        try {
            results = PaperImporter.importAll(cli.workspace(), files, password);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < results.size(); i++) {
            FileImport f = results.get(i);
            String given = args.positionals().get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            if (f.ok()) {
                ImportResult r = f.result();
                row.put("id", r.paper().id());
                row.put("file", given);
                row.put("title", r.paper().displayTitle());
                row.put("pages", r.paper().pages());
                row.put("annotations", r.annotationsImported());
                row.put("alreadyPresent", r.alreadyPresent());
                if (!args.has("json")) {
                    cli.out().println(r.paper().id() + "  " + r.paper().displayTitle() + "  (" + r.paper().pages()
                            + (r.paper().pages() == 1 ? " page" : " pages")
                            + (r.annotationsImported() > 0 ? ", " + r.annotationsImported() + " annotations" : "")
                            + (r.alreadyPresent() ? ", already in the library" : "") + ")");
                }
            } else {
                failed++;
                row.put("file", given);
                row.put("error", Messages.of(f.error()));
                cli.err().println("gloss: " + Messages.aboutFile(Path.of(given), f.error()));
            }
            rows.add(row);
        }
        if (args.has("json")) {
            cli.json(rows);
        }
        return failed == 0 ? 0 : 2;
    }

    /**
     * The password in the first line of {@code --password-file}, or null without the option.
     * Shared by the commands that open a paper.
     */
    static char[] password(Args args) throws CliException {
        String file = args.get("password-file");
        if (file == null) {
            return null;
        }
        try {
            String content = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            String first = content.lines().findFirst().orElse("");
            return first.toCharArray();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CliException("the password file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new CliException("cannot read the password file " + file + ": " + Messages.phrase(FileFailure.of(e)), e);
        }
    }
}
