package dev.gloss.desktop.composer;

import dev.gloss.desktop.core.spi.ThreadComposerService;
import dev.gloss.workspace.Annotation;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;

/**
 * "Quote in thread": adds the highlights to the thread open in the composer, or starts a thread
 * on their paper, and brings the composer to front.
 */
@ServiceProvider(service = ThreadComposerService.class)
public final class ComposerService implements ThreadComposerService {
    @Override
    public void quote(List<Annotation> annotations) {
        if (annotations.isEmpty()) {
            return;
        }
        List<Annotation> copy = List.copyOf(annotations);
        org.openide.util.Mutex.EVENT.readAccess(() -> ComposerTopComponent.showComposer().quote(copy));
    }

    @Override
    public boolean quotesText() {
        return true;
    }

    @Override
    public void quoteText(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        org.openide.util.Mutex.EVENT.readAccess(() -> ComposerTopComponent.showComposer().insertText(text));
    }
}
