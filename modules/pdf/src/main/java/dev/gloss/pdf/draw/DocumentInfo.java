package dev.gloss.pdf.draw;

import java.time.Instant;

/** What a new PDF's Info dictionary says about it. */
public record DocumentInfo(String title, String author, String subject, String keywords, String creator,
        String producer, Instant created, Instant modified) {
}
