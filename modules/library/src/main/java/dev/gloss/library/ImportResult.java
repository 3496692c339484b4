package dev.gloss.library;

import dev.gloss.workspace.Paper;

/**
 * What importing one PDF did.
 *
 * @param paper               the paper in the library (the existing one when it was already there)
 * @param alreadyPresent      true when the same file (same content) had been imported before
 * @param annotationsImported how many of the file's own annotations were added now (0 on a
 *                            second import: they are recognised by their stable key)
 */
public record ImportResult(Paper paper, boolean alreadyPresent, int annotationsImported) {
}
