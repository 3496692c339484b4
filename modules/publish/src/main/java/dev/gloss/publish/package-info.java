/**
 * Publishing, the module's API: the queue of scheduled threads ({@link dev.gloss.publish.QueueService}),
 * weekly slots, accounts and their secrets, outcomes and failures, and the
 * {@link dev.gloss.publish.Publisher} SPI ({@link dev.gloss.publish.PublishJob} is what a publisher is
 * given). The publishers themselves (Bluesky, Mastodon, the file export) live in the module's
 * {@code impl} packages, which are not exported. Pure: no windowing API.
 */
package dev.gloss.publish;
