package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.PublicKeyProtectionPolicy;
import org.apache.pdfbox.pdmodel.encryption.PublicKeyRecipient;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF encrypted for a certificate (public-key security, /Filter /Adobe.PubSec), made here with
 * PDFBox and BouncyCastle (a test dependency only): it is not damaged, and it says so. Opened
 * once as the tests run (BouncyCastle present: PDFBox refuses the password material) and once as
 * Gloss runs, in a class loader without BouncyCastle (PDFBox fails on a missing class).
 */
class CertificateEncryptionTest {
    @TempDir
    Path dir;

    private Path certificateEncrypted() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        KeyPair keys = gen.generateKeyPair();
        X500Name name = new X500Name("CN=Gloss test recipient");
        Date now = new Date();
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.ONE, now, new Date(now.getTime() + 86_400_000L), name, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        try (TestPdf pdf = new TestPdf()) {
            pdf.page().text(72, 700, 12, "Only for the holder of the key.");
            PublicKeyRecipient recipient = new PublicKeyRecipient();
            recipient.setX509(cert);
            recipient.setPermission(new AccessPermission());
            PublicKeyProtectionPolicy policy = new PublicKeyProtectionPolicy();
            policy.addRecipient(recipient);
            policy.setEncryptionKeyLength(256);
            pdf.doc.protect(policy);
            return pdf.save(dir.resolve("for-a-certificate.pdf"));
        }
    }

    @Test
    void aCertificateEncryptedFileIsNotCalledDamaged() throws Exception {
        Path file = certificateEncrypted();
        assertTrue(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains("/Adobe.PubSec"));
        PdfException e = assertThrows(PdfException.class, () -> PdfDocument.open(file).close());
        assertEquals(PdfException.Reason.CERTIFICATE_ENCRYPTED, e.reason(), e.getMessage());
        assertEquals(List.of("for-a-certificate.pdf"), e.args());
        assertFalse(e.reason().isDamaged());
        PdfException withPassword = assertThrows(PdfException.class, () -> PdfDocument.open(file, "guess".toCharArray()).close());
        assertEquals(PdfException.Reason.CERTIFICATE_ENCRYPTED, withPassword.reason());
    }

    @Test
    void withoutBouncyCastleAsInTheApplication() throws Exception {
        Path file = certificateEncrypted();
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains("bouncycastle") && !entry.contains("junit") && !entry.contains("opentest4j")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        try (URLClassLoader app = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> app.loadClass("org.bouncycastle.cms.CMSException"));
            Class<?> document = app.loadClass(PdfDocument.class.getName());
            InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
                    () -> document.getMethod("open", Path.class).invoke(null, file));
            Throwable e = thrown.getCause();
            assertEquals(PdfException.class.getName(), e.getClass().getName(), String.valueOf(e));
            assertEquals("CERTIFICATE_ENCRYPTED [for-a-certificate.pdf]", e.getMessage());
        }
    }
}
