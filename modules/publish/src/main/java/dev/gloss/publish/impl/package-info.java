/**
 * What the publishers share and nothing outside the module uses (not exported): a post's image files
 * read, checked and stripped of their metadata before upload. The publishers are in the sub-packages
 * {@code bluesky}, {@code mastodon} and {@code export}, registered as {@link dev.gloss.publish.Publisher}s.
 */
package dev.gloss.publish.impl;
