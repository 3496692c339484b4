package dev.gloss.desktop.library;

import dev.gloss.desktop.core.spi.PaperLinks;
import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.sources.Identifiers;
import dev.gloss.sources.PaperFromLink;
import dev.gloss.sources.SourceException;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import org.openide.util.lookup.ServiceProvider;

/** The library's side of {@link PaperLinks}: the links dropped elsewhere (onto the reader) are added as the Library adds them. */
@ServiceProvider(service = PaperLinks.class)
public final class LibraryPaperLinks implements PaperLinks {
    @Override
    public boolean names(String text) {
        return text != null && text.length() < 10_000 && Identifiers.looksLikeOne(text);
    }

    @Override
    public void add(String text) {
        LinkAdding.start(text);
    }

    @Override
    public Paper inLibrary(String link) {
        Workspace ws = GlossWorkspace.future().getNow(null);
        if (ws == null || link == null) {
            return null;
        }
        try {
            return PaperFromLink.find(ws, Identifiers.parse(link)).orElse(null);
        } catch (SourceException e) {
            return null; // names no paper: nothing of the library is it
        }
    }
}
