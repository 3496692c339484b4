/**
 * Bluesky over XRPC: sessions (created, refreshed, stored as secrets), blobs, and
 * {@code app.bsky.feed.post} records with facets and reply references under record keys Gloss
 * chooses, so a retry finds a post instead of posting it twice.
 */
package dev.gloss.publish.bluesky;
