package dev.gloss.publish.impl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/** A {@code multipart/form-data} body (RFC 7578) built in memory: text fields and files (Mastodon, X). */
public final class Multipart {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final String boundary = "gloss-" + HexFormat.of().formatHex(randomBytes());
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private static byte[] randomBytes() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return b;
    }

    public Multipart field(String name, String value) {
        head("Content-Disposition: form-data; name=\"" + quote(name) + "\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n");
        body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    public Multipart file(String name, String fileName, String contentType, byte[] data) {
        head("Content-Disposition: form-data; name=\"" + quote(name) + "\"; filename=\"" + quote(fileName) + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(data);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 64);
        out.writeBytes(body.toByteArray());
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private void head(String headers) {
        body.writeBytes(("--" + boundary + "\r\n" + headers).getBytes(StandardCharsets.UTF_8));
    }

    /** Quotes and line breaks cannot appear inside a quoted header parameter. */
    private static String quote(String s) {
        return s.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
