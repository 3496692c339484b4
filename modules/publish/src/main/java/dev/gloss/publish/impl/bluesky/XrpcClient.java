package dev.gloss.publish.impl.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.net.HttpTransport;
import dev.gloss.net.RemoteException;
import dev.gloss.workspace.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plain XRPC over HTTP: queries (GET with parameters), procedures (POST with a JSON body) and
 * blob uploads (POST with raw bytes), each with an optional bearer token. No retry and no
 * session handling here; see {@link BlueskyClient}.
 */
public final class XrpcClient {
    private final URI service;
    private final HttpTransport http;

    /** @param service the PDS's base URL, e.g. {@code https://bsky.social} */
    public XrpcClient(URI service, HttpTransport http) {
        String s = service.toString();
        this.service = URI.create(s.endsWith("/") ? s : s + "/");
        this.http = http;
    }

    public URI service() {
        return service;
    }

    /** The service's host and port, for messages. */
    public String host() {
        return HttpTransport.hostOf(service);
    }

    /** {@code GET /xrpc/<nsid>?params}. */
    public JsonNode query(String nsid, Map<String, String> params, String bearer) throws RemoteException {
        String q = params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(service.resolve("xrpc/" + nsid + (q.isEmpty() ? "" : "?" + q)))
                .header("Accept", "application/json").GET();
        return http.send(auth(b, bearer)).json();
    }

    /** {@code POST /xrpc/<nsid>} with a JSON body (or none when {@code input} is null). */
    public JsonNode procedure(String nsid, Object input, String bearer) throws RemoteException {
        HttpRequest.Builder b = HttpRequest.newBuilder(service.resolve("xrpc/" + nsid)).header("Accept", "application/json");
        if (input == null) {
            b.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.compact(input), StandardCharsets.UTF_8));
        }
        return http.send(auth(b, bearer)).json();
    }

    /** {@code POST /xrpc/<nsid>} with raw bytes, e.g. {@code com.atproto.repo.uploadBlob}. */
    public JsonNode upload(String nsid, byte[] data, String contentType, String bearer) throws RemoteException {
        HttpRequest.Builder b = HttpRequest.newBuilder(service.resolve("xrpc/" + nsid))
                .header("Accept", "application/json")
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(data));
        return http.send(auth(b, bearer)).json();
    }

    private static HttpRequest.Builder auth(HttpRequest.Builder b, String bearer) {
        return bearer == null ? b : b.header("Authorization", "Bearer " + bearer);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
