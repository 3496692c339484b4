package dev.gloss.publish.impl.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The AT Protocol data model as DAG-CBOR, to know a record's CID before the server stores it:
 * the record's JSON form (with {@code {"$link": cid}} for links and {@code {"$bytes": base64}}
 * for bytes) encoded with minimal lengths and map keys sorted by length, then bytes; the CID is
 * CIDv1, codec dag-cbor (0x71), sha2-256, written in base32 ({@code bafyrei...}). This is what
 * the PDS computes for {@code createRecord} and {@code applyWrites}, so the reply references
 * of a whole thread can be filled in before any of it is sent.
 */
public final class DagCbor {
    private static final int CODEC_DAG_CBOR = 0x71;
    private static final int SHA2_256 = 0x12;
    private static final int CID_TAG = 42;
    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

    private DagCbor() {
    }

    /** The DAG-CBOR bytes of a JSON value of the AT data model. */
    public static byte[] encode(JsonNode value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, value);
        return out.toByteArray();
    }

    /** The CID ({@code bafyrei...}) the server gives this record. */
    public static String cid(JsonNode record) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(encode(record));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        byte[] cid = new byte[4 + digest.length];
        cid[0] = 0x01;
        cid[1] = CODEC_DAG_CBOR;
        cid[2] = SHA2_256;
        cid[3] = (byte) digest.length;
        System.arraycopy(digest, 0, cid, 4, digest.length);
        return "b" + base32(cid);
    }

    private static void write(ByteArrayOutputStream out, JsonNode v) {
        switch (v.getNodeType()) {
            case NULL -> out.write(0xf6);
            case BOOLEAN -> out.write(v.booleanValue() ? 0xf5 : 0xf4);
            case NUMBER -> {
                if (!v.canConvertToExactIntegral() || !v.canConvertToLong()) {
                    throw new IllegalArgumentException("the AT data model has no floats: " + v);
                }
                long n = v.longValue();
                head(out, n >= 0 ? 0 : 1, n >= 0 ? n : -1 - n);
            }
            case STRING -> {
                byte[] b = v.textValue().getBytes(StandardCharsets.UTF_8);
                head(out, 3, b.length);
                out.writeBytes(b);
            }
            case ARRAY -> {
                head(out, 4, v.size());
                v.forEach(x -> write(out, x));
            }
            case OBJECT -> object(out, v);
            default -> throw new IllegalArgumentException("not a value of the AT data model: " + v.getNodeType());
        }
    }

    private static void object(ByteArrayOutputStream out, JsonNode v) {
        if (v.size() == 1 && v.has("$link") && v.get("$link").isTextual()) {
            byte[] cid = cidBytes(v.get("$link").textValue());
            head(out, 6, CID_TAG);
            head(out, 2, cid.length + 1);
            out.write(0); // the multibase identity prefix DAG-CBOR keeps before a binary CID
            out.writeBytes(cid);
            return;
        }
        if (v.size() == 1 && v.has("$bytes") && v.get("$bytes").isTextual()) {
            byte[] b = Base64.getDecoder().decode(v.get("$bytes").textValue());
            head(out, 2, b.length);
            out.writeBytes(b);
            return;
        }
        List<Map.Entry<byte[], JsonNode>> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            fields.add(Map.entry(e.getKey().getBytes(StandardCharsets.UTF_8), e.getValue()));
        }
        // canonical order: shorter keys first, then bytewise
        fields.sort((a, b) -> a.getKey().length != b.getKey().length ? Integer.compare(a.getKey().length, b.getKey().length)
                : Arrays.compareUnsigned(a.getKey(), b.getKey()));
        head(out, 5, fields.size());
        for (Map.Entry<byte[], JsonNode> f : fields) {
            head(out, 3, f.getKey().length);
            out.writeBytes(f.getKey());
            write(out, f.getValue());
        }
    }

    /** A major type and its argument in the shortest form. */
    private static void head(ByteArrayOutputStream out, int major, long n) {
        int m = major << 5;
        if (n < 24) {
            out.write(m | (int) n);
        } else if (n < 0x100) {
            out.write(m | 24);
            out.write((int) n);
        } else if (n < 0x10000) {
            out.write(m | 25);
            out.write((int) (n >>> 8));
            out.write((int) n & 0xff);
        } else if (n < 0x100000000L) {
            out.write(m | 26);
            for (int s = 24; s >= 0; s -= 8) {
                out.write((int) (n >>> s) & 0xff);
            }
        } else {
            out.write(m | 27);
            for (int s = 56; s >= 0; s -= 8) {
                out.write((int) (n >>> s) & 0xff);
            }
        }
    }

    /** The binary form of a base32 CIDv1 ({@code b...}). */
    static byte[] cidBytes(String cid) {
        if (cid.isEmpty() || cid.charAt(0) != 'b') {
            throw new IllegalArgumentException("not a base32 CIDv1: " + cid);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (int i = 1; i < cid.length(); i++) {
            int d = BASE32.indexOf(cid.charAt(i));
            if (d < 0) {
                throw new IllegalArgumentException("not a base32 CIDv1: " + cid);
            }
            buffer = (buffer << 5) | d;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out.write((buffer >>> bits) & 0xff);
            }
        }
        return out.toByteArray();
    }

    static String base32(byte[] data) {
        StringBuilder sb = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                sb.append(BASE32.charAt((buffer >>> bits) & 31));
            }
        }
        if (bits > 0) {
            sb.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return sb.toString();
    }
}
