/**
 * Publishing: the queue of scheduled threads ({@link dev.gloss.publish.QueueService}), weekly
 * slots, accounts and their secrets, and the {@link dev.gloss.publish.Publisher} service that
 * Bluesky, Mastodon and the file export implement. Pure: no windowing API.
 */
package dev.gloss.publish;
