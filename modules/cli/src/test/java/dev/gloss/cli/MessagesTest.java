package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.library.LibraryException;
import dev.gloss.pdf.PdfException;
import dev.gloss.publish.Outcome;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishSetupException;
import dev.gloss.net.RemoteException;
import dev.gloss.workspace.FileFailure;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Phrasebook;
import dev.gloss.workspace.Reasoned;
import dev.gloss.workspace.WorkspaceException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Every reason of every pure module has one sentence in its module's {@code Reasons.properties}, no
 * sentence there is left over, the CLI's own words each replace one of them, and they read as they should.
 */
class MessagesTest {

    @Test
    void everyReasonOfEveryModuleHasASentenceInItsModule() throws Exception {
        List<Class<?>> enums = reasonEnums();
        assertTrue(enums.contains(PdfException.Reason.class), "found by scanning: " + enums);
        assertTrue(enums.contains(LibraryException.Reason.class), "found by scanning: " + enums);
        assertTrue(enums.size() >= 12, enums.toString());
        Set<String> missing = new TreeSet<>();
        for (Class<?> e : enums) {
            for (Object c : e.getEnumConstants()) {
                if (!Phrasebook.MODULES.has((Enum<?>) c)) {
                    missing.add(Reasoned.key((Enum<?>) c) + " (" + e.getName() + ")");
                }
            }
        }
        for (Kind<?> k : Kind.ALL) {
            assertFalse(Messages.kind(k).isBlank(), k.name());
            assertTrue(Phrasebook.moduleBundle(Kind.class).orElseThrow().containsKey("Kind." + k.name().replace(' ', '_')), k.name());
        }
        assertEquals(Set.of(), missing, "add these keys to the Reasons.properties of each reason's module");
    }

    /** A key of a module's Reasons.properties that no reason (nor kind, nor the book itself) uses is left over. */
    @Test
    void noModuleSentenceIsLeftOver() throws Exception {
        Map<ResourceBundle, Set<String>> used = new LinkedHashMap<>();
        List<Class<?>> owners = new ArrayList<>(reasonEnums());
        owners.add(Phrasebook.Phrase.class);
        for (Class<?> e : owners) {
            ResourceBundle b = Phrasebook.moduleBundle(e).orElseThrow(() -> new AssertionError("no Reasons.properties for " + e));
            Set<String> keys = used.computeIfAbsent(b, x -> new TreeSet<>());
            for (Object c : e.getEnumConstants()) {
                keys.add(Reasoned.key((Enum<?>) c));
            }
        }
        used.computeIfAbsent(Phrasebook.moduleBundle(Kind.class).orElseThrow(), x -> new TreeSet<>())
                .addAll(Kind.ALL.stream().map(k -> "Kind." + k.name().replace(' ', '_')).toList());
        assertTrue(used.size() >= 6, "module bundles: " + used.size());
        Set<String> leftOver = new TreeSet<>();
        for (Map.Entry<ResourceBundle, Set<String>> e : used.entrySet()) {
            for (String key : e.getKey().keySet()) {
                if (!e.getValue().contains(key)) {
                    leftOver.add(key);
                }
            }
        }
        assertEquals(Set.of(), leftOver, "sentences no reason uses");
    }

    /** Each of the CLI's own sentences replaces one of a module's, and says it differently. */
    @Test
    void everyCliSentenceOverridesAModuleSentence() throws Exception {
        ResourceBundle own = ResourceBundle.getBundle(Messages.BUNDLE);
        Map<String, Class<?>> byOwner = new HashMap<>();
        for (Class<?> e : reasonEnums()) {
            Class<?> owner = e.getEnclosingClass() == null ? e : e.getEnclosingClass();
            byOwner.put(owner.getSimpleName(), e);
        }
        for (String key : own.keySet()) {
            Class<?> e = byOwner.get(key.substring(0, key.indexOf('.')));
            assertTrue(e != null, "the CLI's " + key + " overrides no module sentence");
            String module = Phrasebook.moduleBundle(e).orElseThrow().getString(key);
            assertNotEquals(module, own.getString(key), key + " says the same as its module: remove it from messages.properties");
        }
        assertTrue(own.keySet().size() >= 5);
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
    void publishingFailuresNameTheServerAndItsWordsOnce() {
        RemoteException limited = new RemoteException("bsky.social", 429, "RateLimitExceeded", "Rate limit exceeded", Duration.ofSeconds(3600));
        assertEquals("Bluesky (alice.test on bsky.social) did not take post 2 of 5: Rate limit exceeded (HTTP 429 RateLimitExceeded);"
                + " the server asks to wait 60 minutes.", Messages.phrase(new PublishException(limited, PublishException.Reason.NOT_TAKEN,
                        "Bluesky", "alice.test", "bsky.social", 2, 5, limited)));
        RemoteException busy = new RemoteException("m.social", 503, null, "Busy", Duration.ofSeconds(30));
        assertEquals("Busy (HTTP 503); the server asks to wait 30 s", Messages.phrase(busy));
        assertEquals("the server answered HTTP 500", Messages.phrase(new RemoteException("m.social", 500, null, null, null)));
        assertEquals("Could not sign in to Bluesky as alice.test on localhost:2583: no answer came in time.",
                Messages.phrase(new PublishException(PublishException.Reason.SIGN_IN_FAILED, "alice.test", "localhost:2583",
                        RemoteException.timedOut("localhost:2583"))));
        assertEquals("The image /ws/a.png cannot be read (permission denied).", Messages.phrase(new PublishException(
                PublishException.Reason.IMAGE_UNREADABLE, Path.of("/ws/a.png"), FileFailure.of(new java.nio.file.AccessDeniedException("/ws/a.png")))));
        assertEquals("The secret file /s/acc cannot be read (it is a folder).", Messages.phrase(new PublishSetupException(
                PublishSetupException.Reason.SECRET_UNREADABLE, Path.of("/s/acc"), FileFailure.of(new java.io.IOException("Is a directory")))));
        assertEquals("Another Gloss is publishing this entry right now.",
                Messages.phrase(new Outcome.Skipped(Outcome.Skipped.Reason.BEING_PUBLISHED_ELSEWHERE)));
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
