package dev.gloss.search;

import dev.gloss.workspace.Paper;

/** Where the page text of a paper comes from: its PDF in the workspace (or, in tests, anything). */
interface PageTextSource {
    /** Opens a paper's text. Each opened instance is used by one thread only. */
    Pages open(Paper paper) throws Exception;

    /**
     * Identifies the current file of a paper (size and time), so a PDF that could not be read
     * is retried only once it has changed.
     */
    String stamp(Paper paper);

    /** The pages of one opened paper, numbered from 1. */
    interface Pages extends AutoCloseable {
        int count();

        String text(int page) throws Exception;

        @Override
        void close();
    }
}
