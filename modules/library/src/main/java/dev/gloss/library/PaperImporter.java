package dev.gloss.library;

import dev.gloss.pdf.PaperMetadata;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.AtomicFiles;
import dev.gloss.workspace.FileFailure;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.ObjectLock;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.TempFolder;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports PDFs into a workspace's library. The file is copied (never moved, never modified later)
 * to {@code papers/<id>/<original name>}, where the id comes from the SHA-256 of its bytes, so
 * the same file imported twice, or on two machines, is one paper. Its metadata comes from the pdf
 * module; the annotations other readers wrote into it become Gloss annotations through
 * {@link PdfAnnotationImport}, once each. Two processes importing the same file at once are
 * serialised by a workspace lock, and the second reads what the first wrote before it adds
 * anything. A paper's folder appears whole or not at all, and an import killed at any moment
 * leaves nothing the next open of the workspace does not remove.
 * <pre>{@code
 * ImportResult r = PaperImporter.importFile(ws, Path.of("paper.pdf"), null);
 * List<FileImport> all = PaperImporter.importAll(ws, files, null);
 * }</pre>
 */
public final class PaperImporter {
    private static final Logger LOG = Logger.getLogger(PaperImporter.class.getName());

    private PaperImporter() {
    }

    /**
     * Imports one PDF.
     *
     * @param password the file's password, or null when it has none
     * @throws LibraryException with one sentence when the file is missing, not a PDF, damaged,
     *                          locked, or cannot be copied
     */
    public static ImportResult importFile(Workspace ws, Path pdf, char[] password) {
        String name = storedName(pdf);
        try {
            if (!Files.isRegularFile(pdf)) {
                throw new LibraryException(Files.exists(pdf) ? LibraryException.Reason.NOT_A_FILE : LibraryException.Reason.NOT_FOUND, pdf.getFileName());
            }
            // work in progress lives in a folder this process owns: a kill -9 leaves it to the next open, which removes it
            try (TempFolder tmp = ws.tempFolder("import-")) {
                // the copy keeps the file's own name, so that messages about it name the user's file
                Path temp = tmp.path().resolve(pdf.getFileName().toString());
                String sha = copyAndHash(pdf, temp);
                String id = Ids.paperId(sha);
                try (ObjectLock lock = ws.lock("import-" + id)) {
                    // another process (the app, a cron job) may have imported it while we copied: its files say
                    Paper existing = ws.rereadPaper(id).orElse(null);
                    boolean already = existing != null && Files.isRegularFile(ws.paperFile(existing));
                    Paper paper;
                    PdfAnnotationImport.Fresh fresh;
                    // read everything from the temp copy and close it before moving it (Windows cannot move open files)
                    try (PdfDocument doc = PdfDocument.open(temp, password)) {
                        paper = already ? existing : paper(id, sha, name, doc, pdf);
                        fresh = PdfAnnotationImport.collect(ws, paper, doc, temp, password);
                    }
                    if (!already) {
                        placeFolder(ws, tmp.path(), paper, temp);
                        ws.save(Kind.PAPERS, paper);
                    }
                    fresh.saveTo(ws);
                    return new ImportResult(paper, already, fresh.annotations().size());
                }
            }
        } catch (PdfException e) {
            throw LibraryException.of(e);
        } catch (WorkspaceException e) {
            throw new LibraryException(e, LibraryException.Reason.WORKSPACE, e);
        } catch (IOException e) {
            throw new LibraryException(e, LibraryException.Reason.CANNOT_IMPORT, pdf.getFileName(), FileFailure.of(e));
        }
    }

    /**
     * Makes the paper's folder (its PDF and {@code paper.json}) in the temp folder and renames it
     * into {@code papers/} in one step, so that no paper is ever half there: a kill before the
     * rename leaves only the temp folder, after it a whole paper. A folder already there without
     * a {@code paper.json} (a half import of an earlier Gloss) is replaced.
     */
    private static void placeFolder(Workspace ws, Path tmp, Paper paper, Path pdfCopy) throws IOException {
        Path staged = tmp.resolve(paper.id());
        Files.createDirectories(staged);
        move(pdfCopy, staged.resolve(paper.file()));
        AtomicFiles.write(staged.resolve("paper.json"), Json.pretty(paper));
        Path folder = ws.paperFolder(paper.id());
        Files.createDirectories(folder.getParent());
        if (Files.exists(folder)) {
            move(folder, tmp.resolve("replaced-" + paper.id()));
        }
        move(staged, folder);
    }

    /**
     * Imports many PDFs on two threads; a file that fails is reported in its entry and the others
     * go on. The results are in the order of {@code files}.
     *
     * @param password tried on every file (files without a password ignore it), or null
     */
    public static List<FileImport> importAll(Workspace ws, List<Path> files, char[] password) {
        int threads = Math.max(1, Math.min(2, Math.min(files.size(), Runtime.getRuntime().availableProcessors())));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gloss-import");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileImport>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> importOne(ws, f, password)));
            }
            List<FileImport> out = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                out.add(await(futures.get(i), files.get(i)));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileImport importOne(Workspace ws, Path f, char[] password) {
        try {
            return new FileImport(f, importFile(ws, f, password), null);
        } catch (LibraryException e) {
            LOG.log(Level.FINE, "import failed: " + f, e);
            return new FileImport(f, null, e);
        } catch (RuntimeException e) {
            // a bug must not stop the batch; it is logged with its stack for the report
            LOG.log(Level.WARNING, "Unexpected failure importing " + f, e);
            return new FileImport(f, null, new LibraryException(e, LibraryException.Reason.IMPORT_FAILED, f.getFileName()));
        }
    }

    private static FileImport await(Future<FileImport> future, Path file) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FileImport(file, null, new LibraryException(e, LibraryException.Reason.IMPORT_INTERRUPTED, file.getFileName()));
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "Unexpected failure importing " + file, e.getCause());
            return new FileImport(file, null, new LibraryException(e.getCause(), LibraryException.Reason.IMPORT_FAILED, file.getFileName()));
        }
    }

    private static Paper paper(String id, String sha, String name, PdfDocument doc, Path original) {
        PaperMetadata m;
        try {
            m = doc.metadata();
        } catch (PdfException e) {
            LOG.log(Level.INFO, "No metadata for " + original + ": " + e.getMessage(), e);
            m = new PaperMetadata(null, List.of(), null, null, null, null);
        }
        String title = m.title() != null && !m.title().isBlank() ? m.title().strip() : stripPdf(name);
        return new Paper(id, title, m.authors(), m.year(), null, m.arxivId(), m.doi(), m.abstractText(), List.of(),
                name, doc.pageCount(), sha, Instant.now());
    }

    /** Copies {@code from} to {@code to} and returns the SHA-256 of the bytes copied, forced to disk. */
    private static String copyAndHash(Path from, Path to) throws IOException {
        String sha;
        try (InputStream in = Files.newInputStream(from);
                OutputStream out = Files.newOutputStream(to, StandardOpenOption.CREATE_NEW)) {
            sha = Ids.sha256(in, out);
        }
        try (FileChannel ch = FileChannel.open(to, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        return sha;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The name the file is stored under: its own name, made safe, ending in .pdf. */
    static String storedName(Path pdf) {
        String n = pdf.getFileName() == null ? "paper.pdf" : pdf.getFileName().toString();
        n = n.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        while (n.startsWith(".")) {
            n = n.substring(1);
        }
        if (n.isEmpty() || n.equalsIgnoreCase(".pdf")) {
            n = "paper.pdf";
        }
        if (!n.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            n = n + ".pdf";
        }
        return n;
    }

    private static String stripPdf(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
    }
}
