package dev.gloss.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A workspace's trash, {@code .gloss/trash}: a paper goes there with its whole folder (PDF,
 * annotations, clips), so that removing it can be undone.
 * <pre>{@code
 * Path trashed = ws.trash().movePaper(paper.id());
 * ws.trash().restore(trashed);            // "Undo"
 * }</pre>
 * Thread-safe.
 */
public final class Trash {
    private final Workspace ws;

    Trash(Workspace ws) {
        this.ws = ws;
    }

    /** The trash folder (derived and local, like everything under {@code .gloss}). */
    public Path folder() {
        return ws.derivedFolder().resolve("trash");
    }

    /**
     * Moves a paper's whole folder to the trash, from where {@link #restore} brings it back, and
     * tells the listeners the paper was removed.
     *
     * @return the trash folder it went to
     */
    public Path movePaper(String paperId) {
        Paper paper = ws.paper(paperId).orElseThrow(
                () -> new WorkspaceException(WorkspaceException.Reason.NO_SUCH_OBJECT, Kind.PAPERS, paperId));
        Path from = ws.paperFolder(paperId);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path to = folder().resolve(paperId + "-" + stamp);
        List<Annotation> removed = ws.annotations(paperId);
        try (ObjectLock l = ws.lockObject(Kind.PAPERS, paperId)) {
            Files.createDirectories(to.getParent());
            Files.move(from, to);
        } catch (IOException e) {
            throw new WorkspaceException(e, WorkspaceException.Reason.CANNOT_TRASH, paperId, FileFailure.of(e));
        }
        ws.forget(Kind.PAPERS, paperId);
        removed.forEach(a -> ws.forget(Kind.ANNOTATIONS, a.id()));
        ws.fire(new WorkspaceEvent(Kind.PAPERS, paperId, WorkspaceEvent.Change.REMOVED, paper));
        return to;
    }

    /**
     * Moves a paper folder that holds no paper (see {@link Workspace#halfPapers}) to the trash,
     * so that what was in it is not lost.
     *
     * @return the trash folder it went to
     */
    public Path moveHalfPaper(Path folder) {
        String name = folder.getFileName().toString();
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path to = folder().resolve(name + "-half-import-" + stamp);
        try {
            Files.createDirectories(to.getParent());
            Files.move(folder, to);
        } catch (IOException e) {
            throw new WorkspaceException(e, WorkspaceException.Reason.CANNOT_TRASH, name, FileFailure.of(e));
        }
        return to;
    }

    /** Brings back a paper moved to the trash by {@link #movePaper}, then reloads the workspace. */
    public Paper restore(Path trashed) {
        try {
            Paper paper = Json.MAPPER.readValue(trashed.resolve("paper.json").toFile(), Paper.class);
            try (ObjectLock l = ws.lockObject(Kind.PAPERS, paper.id())) {
                Files.move(trashed, ws.paperFolder(paper.id()));
            }
            ws.reload();
            return paper;
        } catch (IOException e) {
            throw new WorkspaceException(e, WorkspaceException.Reason.CANNOT_RESTORE, trashed.getFileName(),
                    FileFailure.of(e));
        }
    }
}
