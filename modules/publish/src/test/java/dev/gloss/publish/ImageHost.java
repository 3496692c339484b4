package dev.gloss.publish;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A public web server for images, as a user's own site (or a synced bucket) would be: it serves
 * the files of one folder, with their image content type, so that Threads (the test server) can
 * download an image from a URL.
 */
public final class ImageHost implements AutoCloseable {
    private final HttpServer server;
    private final Path folder;
    private final List<String> served = new CopyOnWriteArrayList<>();

    public ImageHost(Path folder) throws IOException {
        this.folder = folder;
        Files.createDirectories(folder);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            try (ex) {
                String name = ex.getRequestURI().getPath().substring(1);
                Path f = folder.resolve(name).normalize();
                served.add(name);
                if (!f.startsWith(folder) || !Files.isRegularFile(f)) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] b = Files.readAllBytes(f);
                String type = name.endsWith(".png") ? "image/png" : name.endsWith(".jpg") ? "image/jpeg" : "application/octet-stream";
                ex.getResponseHeaders().add("Content-Type", type);
                ex.sendResponseHeaders(200, "HEAD".equals(ex.getRequestMethod()) ? -1 : b.length);
                if (!"HEAD".equals(ex.getRequestMethod())) {
                    try (OutputStream out = ex.getResponseBody()) {
                        out.write(b);
                    }
                }
            }
        });
        server.start();
    }

    /** The public address of the folder. */
    public URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/");
    }

    public Path folder() {
        return folder;
    }

    /** The names asked for, in order. */
    public List<String> served() {
        return List.copyOf(served);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
