package dev.gloss.workspace;

/**
 * A publishing account without its secret: the secret (app password or token) lives in the
 * NetBeans Keyring (app) or a 0600 file / environment variable (CLI), never in the workspace.
 *
 * @param kind    bluesky or mastodon
 * @param service the server's base URL, e.g. https://bsky.social
 * @param handle  the account's handle or user name
 */
public record AccountRef(String id, String kind, String service, String handle) {
}
