package dev.gloss.workspace;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

/**
 * Another process changing a workspace behind a Gloss's back (run by {@link ObjectCacheTest}):
 * {@code note DIR ID TEXT} saves an annotation's note through its own Workspace (an atomic
 * write); {@code inplace FILE OLD NEW} overwrites the first OLD in FILE with NEW (same length) in
 * place, as an editor saving into the same file does, and puts its modification time back.
 */
public final class OutsideEditor {
    private OutsideEditor() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("note")) {
            Workspace ws = Workspace.open(Path.of(args[1]));
            ws.update(Kind.ANNOTATIONS, args[2], a -> a.withNote(args[3], List.of(), Instant.now()));
            return;
        }
        Path file = Path.of(args[1]);
        FileTime modified = Files.getLastModifiedTime(file);
        String text = Files.readString(file);
        int at = text.indexOf(args[2]);
        byte[] prefix = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(args[3].getBytes(StandardCharsets.UTF_8)), prefix.length);
        }
        Files.setLastModifiedTime(file, modified);
    }
}
