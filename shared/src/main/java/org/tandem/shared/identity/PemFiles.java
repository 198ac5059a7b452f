package org.tandem.shared.identity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/** Reads and writes the PEM files of organisations and technicians. Private keys are written owner-only. */
final class PemFiles {
    /** Far more than any certificate chain or key we write; a bigger file is not ours. */
    static final long MAX_FILE_BYTES = 256 * 1024;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PemFiles() {}

    /** Every certificate in {@code file}, in order. */
    static List<X509Certificate> readCertificates(Path file) throws IOException {
        List<X509Certificate> certificates = new ArrayList<>();
        try (PEMParser parser = new PEMParser(reader(file))) {
            Object object;
            while ((object = parser.readObject()) != null) {
                if (object instanceof X509CertificateHolder holder) {
                    certificates.add(new JcaX509CertificateConverter().getCertificate(holder));
                } else if (isPrivateKey(object)) {
                    throw new IOException(file.getFileName() + " holds a private key, not a certificate");
                } else {
                    throw new IOException(file.getFileName() + " holds something other than certificates");
                }
            }
        } catch (CertificateException | RuntimeException e) {
            throw new IOException(file.getFileName() + " is not a readable PEM certificate file", e);
        }
        if (certificates.isEmpty()) {
            throw new IOException(file.getFileName() + " holds no certificate");
        }
        return certificates;
    }

    /** The one unencrypted PKCS#8 private key in {@code file}. */
    static PrivateKeyInfo readPrivateKey(Path file) throws IOException {
        Object object;
        try (PEMParser parser = new PEMParser(reader(file))) {
            object = parser.readObject();
            if (object != null && parser.readObject() != null) {
                throw new IOException(file.getFileName() + " holds more than one key");
            }
        } catch (RuntimeException e) {
            throw new IOException(file.getFileName() + " is not a readable PEM key file", e);
        }
        if (object instanceof PrivateKeyInfo info) {
            return info;
        }
        if (object instanceof PKCS8EncryptedPrivateKeyInfo || object instanceof PEMEncryptedKeyPair) {
            throw new IOException(file.getFileName() + " is encrypted; Tandem expects an unencrypted PKCS#8 key");
        }
        throw new IOException(file.getFileName() + " does not hold a PKCS#8 private key");
    }

    static void writeCertificates(Path file, List<X509Certificate> certificates, boolean replace) throws IOException {
        List<PemObject> objects = new ArrayList<>();
        for (X509Certificate certificate : certificates) {
            try {
                objects.add(new PemObject("CERTIFICATE", certificate.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new IOException("Cannot encode the certificate of " + certificate.getSubjectX500Principal(), e);
            }
        }
        write(file, pem(objects), false, replace);
    }

    static void writePrivateKey(Path file, PrivateKey key, boolean replace) throws IOException {
        write(file, pem(List.of(new PemObject("PRIVATE KEY", key.getEncoded()))), true, replace);
    }

    private static boolean isPrivateKey(Object object) {
        return object instanceof PrivateKeyInfo
                || object instanceof PEMKeyPair
                || object instanceof PEMEncryptedKeyPair
                || object instanceof PKCS8EncryptedPrivateKeyInfo;
    }

    private static Reader reader(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IOException(file.getFileName() + " is too large to be a certificate or key file");
        }
        return new StringReader(Files.readString(file, StandardCharsets.US_ASCII));
    }

    private static byte[] pem(List<PemObject> objects) {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            for (PemObject object : objects) {
                writer.writeObject(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Writes {@code content}. A secret file is created owner-only (where the file system has POSIX
     * permissions), so it is never readable by others, not even for a moment. Without
     * {@code replace} an existing file is left alone and the write fails; with it, the new content
     * replaces the old in one rename.
     */
    private static void write(Path file, byte[] content, boolean secret, boolean replace) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        FileAttribute<?>[] attributes = secret && isPosix(target)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        if (!replace) {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            writeNew(target, content, attributes);
            return;
        }
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        try {
            writeNew(temporary, content, attributes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void writeNew(Path file, byte[] content, FileAttribute<?>[] attributes) throws IOException {
        try (OutputStream out = Channels.newOutputStream(Files.newByteChannel(
                file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes))) {
            out.write(content);
        }
    }

    private static boolean isPosix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
