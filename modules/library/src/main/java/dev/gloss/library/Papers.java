package dev.gloss.library;

import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.util.List;

/** Finding papers in a workspace (a paper's file is {@link Workspace#paperFile}). */
public final class Papers {
    private Papers() {
    }

    /**
     * The paper with this id, or the only one whose id starts with it.
     *
     * @throws LibraryException if there is none, or the prefix is ambiguous
     */
    public static Paper find(Workspace ws, String idOrPrefix) {
        String key = idOrPrefix == null ? "" : idOrPrefix.strip();
        if (key.isEmpty()) {
            throw new LibraryException(LibraryException.Reason.NO_PAPER_ID);
        }
        var exact = ws.paper(key);
        if (exact.isPresent()) {
            return exact.get();
        }
        List<Paper> matches = ws.papers().stream().filter(p -> p.id().startsWith(key)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new LibraryException(LibraryException.Reason.NO_SUCH_PAPER, key);
        }
        throw new LibraryException(LibraryException.Reason.AMBIGUOUS_PAPER, key, matches.size(),
                String.join(", ", matches.stream().map(Paper::id).limit(4).toList()));
    }
}
