/**
 * HTTP plumbing shared by the publishers: one {@link dev.gloss.publish.http.HttpTransport} over
 * {@code java.net.http.HttpClient}, server failures as {@link dev.gloss.publish.http.RemoteException},
 * and bounded {@link dev.gloss.publish.http.Retry} with backoff that honours {@code Retry-After}.
 */
package dev.gloss.publish.http;
