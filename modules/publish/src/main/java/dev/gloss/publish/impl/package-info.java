/**
 * What the publishers share and nothing outside the module uses (not exported): a post's image files
 * read, checked and stripped of their metadata before upload, and multipart bodies. The publishers are
 * in the sub-packages {@code bluesky}, {@code mastodon}, {@code x}, {@code linkedin}, {@code threads}
 * and {@code export}, registered as {@link dev.gloss.publish.Publisher}s; {@code oauth} signs in to
 * the three that use OAuth 2.0.
 */
package dev.gloss.publish.impl;
