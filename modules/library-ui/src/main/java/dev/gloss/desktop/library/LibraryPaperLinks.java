package dev.gloss.desktop.library;

import dev.gloss.desktop.core.spi.PaperLinks;
import dev.gloss.sources.Identifiers;
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
}
