/**
 * Bluesky over XRPC: sessions (created, refreshed, stored as secrets), blobs, and
 * {@code app.bsky.feed.post} records (facets, reply references, images, link cards, quotes,
 * languages) under record keys derived from the queue entry, their CIDs computed here
 * ({@link dev.gloss.publish.impl.bluesky.DagCbor}), a whole thread written in one {@code applyWrites}:
 * every publisher of an entry writes the same records, so a second one finds them instead of
 * posting twice.
 */
package dev.gloss.publish.impl.bluesky;
