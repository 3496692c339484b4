package dev.gloss.desktop.library;

import dev.gloss.desktop.core.spi.UnlockedPapers;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.lookup.ServiceProvider;

/**
 * Indexes an encrypted paper once the reader opened it with its password: the search index
 * keeps the password in memory for this run only.
 */
@ServiceProvider(service = UnlockedPapers.class)
public final class UnlockedPapersIndexer implements UnlockedPapers {
    private static final Logger LOG = Logger.getLogger(UnlockedPapersIndexer.class.getName());

    @Override
    public void unlocked(String paperId, char[] password) {
        LibrarySearch.whenOpen(index -> {
            try {
                index.unlock(paperId, password);
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "The pages of paper " + paperId + " could not be indexed", e);
            } finally {
                Arrays.fill(password, '\0'); // the index keeps its own copy
            }
        });
    }
}
