package org.tandem.shared.identity;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of an {@link IdentityProof}:
 *
 * <pre>
 * u8  version (1)
 * u8  certificate count (1..4)
 * per certificate: u16 length (1..8192), DER bytes   -- technician first
 * 64 bytes Ed25519 signature
 * </pre>
 *
 * Big-endian; nothing may follow the signature. Every length is checked before anything is read
 * or allocated, so hostile input costs at most {@link #MAX_ENCODED_BYTES} of memory.
 */
final class IdentityProofCodec {
    static final int VERSION = 1;
    static final int MAX_ENCODED_BYTES = 2
            + IdentityProof.MAX_CERTIFICATES * (2 + IdentityProof.MAX_CERTIFICATE_BYTES)
            + IdentityProof.SIGNATURE_BYTES;

    private IdentityProofCodec() {}

    static byte[] encode(IdentityProof proof) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        List<byte[]> chain = proof.certificateChainDer();
        out.write(VERSION);
        out.write(chain.size());
        for (byte[] certificate : chain) {
            out.write(certificate.length >>> 8);
            out.write(certificate.length & 0xff);
            out.writeBytes(certificate);
        }
        out.writeBytes(proof.signature());
        return out.toByteArray();
    }

    static IdentityProof decode(byte[] encoded) throws MalformedIdentityProofException {
        if (encoded == null || encoded.length == 0) {
            throw new MalformedIdentityProofException("The identity proof is empty");
        }
        if (encoded.length > MAX_ENCODED_BYTES) {
            throw new MalformedIdentityProofException(
                    "The identity proof is " + encoded.length + " bytes; at most " + MAX_ENCODED_BYTES + " are allowed");
        }
        ByteBuffer in = ByteBuffer.wrap(encoded);
        try {
            int version = in.get() & 0xff;
            if (version != VERSION) {
                throw new MalformedIdentityProofException("Unknown identity proof version " + version);
            }
            int count = in.get() & 0xff;
            if (count < 1 || count > IdentityProof.MAX_CERTIFICATES) {
                throw new MalformedIdentityProofException("An identity proof carries 1 to "
                        + IdentityProof.MAX_CERTIFICATES + " certificates, not " + count);
            }
            List<byte[]> chain = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int length = in.getShort() & 0xffff;
                if (length < 1 || length > IdentityProof.MAX_CERTIFICATE_BYTES) {
                    throw new MalformedIdentityProofException("Certificate " + (i + 1) + " is " + length
                            + " bytes; 1 to " + IdentityProof.MAX_CERTIFICATE_BYTES + " are allowed");
                }
                chain.add(take(in, length, "certificate " + (i + 1)));
            }
            byte[] signature = take(in, IdentityProof.SIGNATURE_BYTES, "the signature");
            if (in.hasRemaining()) {
                throw new MalformedIdentityProofException(in.remaining() + " unexpected bytes after the signature");
            }
            return new IdentityProof(chain, signature);
        } catch (BufferUnderflowException e) {
            throw new MalformedIdentityProofException("The identity proof is cut short", e);
        }
    }

    private static byte[] take(ByteBuffer in, int length, String what) throws MalformedIdentityProofException {
        if (in.remaining() < length) {
            throw new MalformedIdentityProofException("The identity proof is cut short in " + what);
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }
}
