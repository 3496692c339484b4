/**
 * How publishers reach a server, exported with the SPI because {@link dev.gloss.publish.PublishJob}
 * hands it to them: one {@link dev.gloss.publish.http.HttpTransport} over {@code java.net.http.HttpClient},
 * server failures as {@link dev.gloss.publish.http.RemoteException}, and bounded
 * {@link dev.gloss.publish.http.Retry} with backoff that honours {@code Retry-After}.
 */
package dev.gloss.publish.http;
