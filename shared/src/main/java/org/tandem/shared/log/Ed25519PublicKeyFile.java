package org.tandem.shared.log;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;

/**
 * Reads the Ed25519 public key a log is expected to be signed with, from the file a person has at
 * hand: the {@code .pub} file OpenSSH (and Tandem) keeps beside a private key
 * ({@code ssh-ed25519 AAAA… comment}), or a PEM {@code PUBLIC KEY}. Anything else is refused with a
 * sentence saying what the file holds instead.
 */
final class Ed25519PublicKeyFile {
    /** A public key file is one line or a few; a bigger file is not one. */
    static final long MAX_FILE_BYTES = 64 * 1024;

    private Ed25519PublicKeyFile() {}

    /**
     * @return the key, as a JDK Ed25519 public key
     * @throws IOException with a plain sentence when the file cannot be read or holds no single Ed25519 public key
     */
    static PublicKey read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IOException(name + " is too large to be a public key file");
            }
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new IOException("there is no file " + file, e);
        }
        if (text.contains("PRIVATE KEY-----")) {
            throw new IOException(name + " holds a private key; give the public key instead (the .pub file beside it)");
        }
        byte[] raw = text.contains("-----BEGIN") ? fromPem(text, name) : fromOpenSsh(text, name);
        try {
            byte[] encoded = new SubjectPublicKeyInfo(new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519), raw).getEncoded();
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (IOException | GeneralSecurityException e) {
            throw new IOException(name + " does not hold a usable Ed25519 public key", e);
        }
    }

    private static byte[] fromPem(String text, String name) throws IOException {
        List<Object> objects = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            for (Object object = parser.readObject(); object != null && objects.size() < 2; object = parser.readObject()) {
                objects.add(object);
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException(name + " is not a readable PEM file", e);
        }
        if (objects.size() != 1) {
            throw new IOException(name + (objects.isEmpty() ? " holds no PEM public key"
                    : " holds more than one key or certificate; give one public key"));
        }
        Object object = objects.get(0);
        if (object instanceof X509CertificateHolder) {
            throw new IOException(name + " holds a certificate; give the signer's public key instead");
        }
        if (!(object instanceof SubjectPublicKeyInfo info)) {
            throw new IOException(name + " holds no PEM public key");
        }
        try {
            return KeyFingerprint.rawKey(info.getEncoded());
        } catch (IllegalArgumentException e) {
            throw new IOException(name + " holds a public key that is not Ed25519; Tandem signs logs with Ed25519 keys", e);
        }
    }

    /** One line {@code ssh-ed25519 BASE64 [comment]}; empty lines and {@code #} comments around it are allowed. */
    private static byte[] fromOpenSsh(String text, String name) throws IOException {
        List<String> lines = text.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        if (lines.isEmpty()) {
            throw new IOException(name + " holds no public key");
        }
        if (lines.size() > 1) {
            throw new IOException(name + " holds more than one line; give a file with one public key");
        }
        String[] fields = lines.get(0).split("\\s+", 3);
        if (fields.length < 2) {
            throw new IOException(name + " is neither an OpenSSH public key (ssh-ed25519 AAAA…) nor a PEM public key");
        }
        if (!fields[0].equals(KeyFingerprint.SSH_KEY_TYPE)) {
            throw new IOException(name + " does not start with " + KeyFingerprint.SSH_KEY_TYPE
                    + "; Tandem signs logs with Ed25519 keys (an OpenSSH .pub file or a PEM public key)");
        }
        try {
            ByteBuffer blob = ByteBuffer.wrap(Base64.getDecoder().decode(fields[1]));
            byte[] type = sshString(blob);
            byte[] key = sshString(blob);
            if (!Arrays.equals(type, KeyFingerprint.SSH_KEY_TYPE.getBytes(StandardCharsets.US_ASCII))
                    || key.length != KeyFingerprint.KEY_BYTES || blob.hasRemaining()) {
                throw new IllegalArgumentException("not an ssh-ed25519 key");
            }
            return key;
        } catch (IllegalArgumentException | BufferUnderflowException e) {
            throw new IOException(name + " holds a damaged ssh-ed25519 key", e);
        }
    }

    private static byte[] sshString(ByteBuffer blob) {
        int length = blob.getInt();
        if (length < 0 || length > blob.remaining()) {
            throw new IllegalArgumentException("length out of range");
        }
        byte[] bytes = new byte[length];
        blob.get(bytes);
        return bytes;
    }
}
