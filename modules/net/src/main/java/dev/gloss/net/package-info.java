/**
 * The one HTTP client of Gloss: {@link dev.gloss.net.HttpTransport} over
 * {@code java.net.http} (User-Agent, timeouts, the platform's proxies, per-host
 * {@link dev.gloss.net.Pacing}, downloads written aside and moved in when whole,
 * {@link dev.gloss.net.Cancel cancellation}), failures as {@link dev.gloss.net.RemoteException},
 * and bounded {@link dev.gloss.net.Retry} that honours {@code Retry-After}.
 */
package dev.gloss.net;
