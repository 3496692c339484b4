/**
 * Mastodon over its REST API: instance limits, media with descriptions, and statuses chained by
 * {@code in_reply_to_id}, each sent with a saved {@code Idempotency-Key}.
 */
package dev.gloss.publish.mastodon;
