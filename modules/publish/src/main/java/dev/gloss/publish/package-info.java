/**
 * Publishing, the module's API: the queue of scheduled threads ({@link dev.gloss.publish.QueueService};
 * one entry per thread, one target per platform, each published on its own), weekly slots,
 * accounts and their secrets, what X charges ({@link dev.gloss.publish.XPrices},
 * {@link dev.gloss.publish.XCost}), outcomes and failures, and the {@link dev.gloss.publish.Publisher}
 * SPI, which publishes one target ({@link dev.gloss.publish.PublishJob} is what a publisher is
 * given; its contract is on {@code Publisher}). The publishers themselves (Bluesky, Mastodon, the file export) live in the module's
 * {@code impl} packages, which are not exported. Pure: no windowing API.
 */
package dev.gloss.publish;
