package org.tandem.shared.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * What a technician sends to prove who they are, once pairing is done: the certificate chain
 * (technician first, DER) and an Ed25519 signature, by the technician's key, over
 * {@code "tandem technician identity v1" || transcriptHash}. The transcript hash is the one both
 * ends computed over the pairing handshake, so the proof is bound to this session: it cannot be
 * replayed into another one. The fixed prefix keeps the signature from ever being mistaken for a
 * signature made for some other purpose with the same key.
 *
 * <p>Checked by {@link TrustedOrganisations#verify}. Sent as {@link #encode} bytes or, inside JSON,
 * as {@link #toBase64}.
 */
public record IdentityProof(List<byte[]> certificateChainDer, byte[] signature) {
    public static final int MAX_CERTIFICATES = 4;
    public static final int MAX_CERTIFICATE_BYTES = 8 * 1024;
    public static final int SIGNATURE_BYTES = 64;
    public static final int MAX_TRANSCRIPT_HASH_BYTES = 64;
    /** The longest {@link #toBase64} text {@link #fromBase64} accepts. */
    public static final int MAX_BASE64_CHARS = (IdentityProofCodec.MAX_ENCODED_BYTES + 2) / 3 * 4;

    private static final byte[] CONTEXT = "tandem technician identity v1".getBytes(StandardCharsets.US_ASCII);

    /**
     * @throws IllegalArgumentException when the chain is empty or longer than {@value #MAX_CERTIFICATES},
     *     a certificate is empty or over {@value #MAX_CERTIFICATE_BYTES} bytes, or the signature is
     *     not {@value #SIGNATURE_BYTES} bytes
     */
    public IdentityProof {
        Objects.requireNonNull(certificateChainDer, "certificateChainDer");
        Objects.requireNonNull(signature, "signature");
        if (certificateChainDer.isEmpty() || certificateChainDer.size() > MAX_CERTIFICATES) {
            throw new IllegalArgumentException("An identity proof carries 1 to " + MAX_CERTIFICATES + " certificates");
        }
        List<byte[]> copies = new ArrayList<>(certificateChainDer.size());
        for (byte[] certificate : certificateChainDer) {
            if (certificate == null || certificate.length == 0 || certificate.length > MAX_CERTIFICATE_BYTES) {
                throw new IllegalArgumentException("Each certificate is 1 to " + MAX_CERTIFICATE_BYTES + " bytes");
            }
            copies.add(certificate.clone());
        }
        if (signature.length != SIGNATURE_BYTES) {
            throw new IllegalArgumentException("An Ed25519 signature is " + SIGNATURE_BYTES + " bytes");
        }
        certificateChainDer = List.copyOf(copies);
        signature = signature.clone();
    }

    /**
     * Signs {@code transcriptHash} with the technician's key.
     *
     * @throws IllegalArgumentException when the hash is empty or over {@value #MAX_TRANSCRIPT_HASH_BYTES} bytes
     */
    public static IdentityProof sign(TechnicianCredentials credentials, byte[] transcriptHash) {
        checkTranscriptHash(transcriptHash);
        List<byte[]> chain = new ArrayList<>();
        try {
            for (X509Certificate certificate : credentials.chain()) {
                chain.add(certificate.getEncoded());
            }
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(credentials.keyPair().getPrivate());
            signer.update(signedMessage(transcriptHash));
            return new IdentityProof(chain, signer.sign());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Cannot encode the technician's certificates", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the technician's Ed25519 key", e);
        }
    }

    /** Reads the binary form. */
    public static IdentityProof decode(byte[] encoded) throws MalformedIdentityProofException {
        return IdentityProofCodec.decode(encoded);
    }

    /** Reads the base64 form (standard alphabet, padded). */
    public static IdentityProof fromBase64(String text) throws MalformedIdentityProofException {
        if (text == null || text.length() > MAX_BASE64_CHARS) {
            throw new MalformedIdentityProofException("The identity proof text is missing or too long");
        }
        byte[] encoded;
        try {
            encoded = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedIdentityProofException("The identity proof text is not base64", e);
        }
        return decode(encoded);
    }

    /**
     * The binary form: {@code [u8 version=1][u8 count]}, then per certificate {@code [u16 length][DER]}
     * (technician first), then the 64-byte signature; big-endian, nothing after.
     */
    public byte[] encode() {
        return IdentityProofCodec.encode(this);
    }

    /** The binary form in base64, to carry inside a JSON message. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(encode());
    }

    @Override
    public List<byte[]> certificateChainDer() {
        return certificateChainDer.stream().map(byte[]::clone).toList();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The exact bytes the technician signs. */
    static byte[] signedMessage(byte[] transcriptHash) {
        byte[] message = Arrays.copyOf(CONTEXT, CONTEXT.length + transcriptHash.length);
        System.arraycopy(transcriptHash, 0, message, CONTEXT.length, transcriptHash.length);
        return message;
    }

    static void checkTranscriptHash(byte[] transcriptHash) {
        if (transcriptHash == null || transcriptHash.length == 0 || transcriptHash.length > MAX_TRANSCRIPT_HASH_BYTES) {
            throw new IllegalArgumentException("A transcript hash is 1 to " + MAX_TRANSCRIPT_HASH_BYTES + " bytes");
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof IdentityProof that) || that.certificateChainDer.size() != certificateChainDer.size()) {
            return false;
        }
        for (int i = 0; i < certificateChainDer.size(); i++) {
            if (!Arrays.equals(certificateChainDer.get(i), that.certificateChainDer.get(i))) {
                return false;
            }
        }
        return Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        int hash = Arrays.hashCode(signature);
        for (byte[] certificate : certificateChainDer) {
            hash = 31 * hash + Arrays.hashCode(certificate);
        }
        return hash;
    }

    @Override
    public String toString() {
        return "IdentityProof[" + certificateChainDer.size() + " certificates, signature "
                + Base64.getEncoder().encodeToString(signature).substring(0, 12) + "…]";
    }
}
