package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.library.LibraryException;
import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.FileFailure;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Reasoned;
import dev.gloss.workspace.WorkspaceException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** Every reason of every pure module has a sentence in messages.properties, and they read as before. */
class MessagesTest {

    @Test
    void everyReasonOfEveryModuleHasAMessage() throws Exception {
        List<Class<?>> enums = reasonEnums();
        assertTrue(enums.contains(PdfException.Reason.class), "found by scanning: " + enums);
        assertTrue(enums.contains(LibraryException.Reason.class), "found by scanning: " + enums);
        assertTrue(enums.size() >= 6, enums.toString());
        Set<String> missing = new TreeSet<>();
        for (Class<?> e : enums) {
            for (Object c : e.getEnumConstants()) {
                if (!Messages.has((Enum<?>) c)) {
                    missing.add(Messages.key((Enum<?>) c));
                }
            }
        }
        for (Kind<?> k : Kind.ALL) {
            assertFalse(Messages.kind(k).isBlank(), k.name());
        }
        assertEquals(Set.of(), missing, "add these keys to modules/cli/src/main/resources/dev/gloss/cli/messages.properties");
    }

    @Test
    void sentencesNameTheirValuesAndCauses() {
        assertEquals("bad.pdf is not a PDF file.", Messages.phrase(new PdfException(PdfException.Reason.NOT_A_PDF, "bad.pdf")));
        assertEquals("No queue entry with id q1.", Messages.phrase(new WorkspaceException(WorkspaceException.Reason.NO_SUCH_OBJECT, Kind.QUEUE, "q1")));
        assertEquals("Cannot save settings: permission denied", Messages.phrase(new WorkspaceException(
                WorkspaceException.Reason.CANNOT_SAVE_SETTINGS, FileFailure.of(new java.nio.file.AccessDeniedException("/x")))));
        assertEquals("\"Paper\" has no page 3; it has 1 page.", Messages.phrase(new LibraryException(LibraryException.Reason.NO_SUCH_PAGE, "Paper", 3, 1)));
        assertEquals("\"Paper\" has no page 3000; it has 2000 pages.", Messages.phrase(new LibraryException(LibraryException.Reason.NO_SUCH_PAGE, "Paper", 3000, 2000)));
        assertEquals("x.pdf needs a password.", Messages.phrase(new LibraryException(LibraryException.Reason.PDF, new PdfException(PdfException.Reason.PASSWORD_REQUIRED, "x.pdf"))));
    }

    @Test
    void aListOfFilesNamesEachOnce() {
        PdfException notPdf = new PdfException(PdfException.Reason.NOT_A_PDF, "bad.pdf");
        assertEquals("bad.pdf is not a PDF file.", Messages.aboutFile(Path.of("in/bad.pdf"), notPdf));
        PdfException damaged = new PdfException(PdfException.Reason.BROKEN_TRAILER);
        assertEquals("in/bad.pdf: This file is damaged: its trailer is missing or broken.", Messages.aboutFile(Path.of("in/bad.pdf"), damaged));
    }

    /** The enums returned by {@code reason()} of every {@link Reasoned} class of Gloss on the class path. */
    static List<Class<?>> reasonEnums() throws IOException, URISyntaxException, ClassNotFoundException {
        Set<String> names = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.map(f -> p.relativize(f).toString().replace('\\', '/')).forEach(names::add);
                }
            } else if (entry.endsWith(".jar") && p.getFileName().toString().startsWith("gloss-")) {
                try (ZipFile z = new ZipFile(p.toFile())) {
                    z.stream().map(java.util.zip.ZipEntry::getName).forEach(names::add);
                }
            }
        }
        List<Class<?>> out = new ArrayList<>();
        for (String n : names) {
            if (!n.startsWith("dev/gloss/") || !n.endsWith(".class") || n.startsWith("dev/gloss/cli/")) {
                continue;
            }
            Class<?> c = Class.forName(n.substring(0, n.length() - 6).replace('/', '.'), false, MessagesTest.class.getClassLoader());
            if (!Reasoned.class.isAssignableFrom(c) || c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
                continue;
            }
            for (Method m : c.getMethods()) {
                if (m.getName().equals("reason") && m.getParameterCount() == 0 && m.getReturnType().isEnum()
                        && !out.contains(m.getReturnType())) {
                    out.add(m.getReturnType());
                }
            }
        }
        return out;
    }
}
