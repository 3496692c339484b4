/**
 * Full-text search over a Gloss workspace (pure: no windowing dependency): one Lucene index in
 * {@code .gloss/index} of every page's text, paper metadata, annotations and threads.
 * <p>
 * Entry point: {@link dev.gloss.search.SearchIndex#open(dev.gloss.workspace.Workspace)}, then
 * {@link dev.gloss.search.SearchIndex#search(String, int)} returning {@link dev.gloss.search.SearchHit}s.
 */
package dev.gloss.search;
