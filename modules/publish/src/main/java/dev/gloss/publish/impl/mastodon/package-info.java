/**
 * Mastodon over its REST API: instance limits, media with descriptions (waited for while they
 * are processed), and statuses chained by {@code in_reply_to_id} with visibility, language and
 * content warning, each sent with an {@code Idempotency-Key} derived from the queue entry; past
 * the key's hour, the account's own statuses are read before posting again.
 */
package dev.gloss.publish.impl.mastodon;
