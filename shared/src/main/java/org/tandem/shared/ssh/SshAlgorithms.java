package org.tandem.shared.ssh;

import java.util.List;
import java.util.function.Function;
import org.apache.sshd.common.BaseBuilder;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.cipher.Cipher;
import org.apache.sshd.common.compression.BuiltinCompressions;
import org.apache.sshd.common.compression.Compression;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.kex.DHFactory;
import org.apache.sshd.common.kex.KeyExchangeFactory;
import org.apache.sshd.common.mac.BuiltinMacs;
import org.apache.sshd.common.mac.Mac;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.common.signature.Signature;

/**
 * The SSH algorithms the relay and its clients agree to use, most preferred first. Only modern
 * choices: hybrid post-quantum or X25519 key exchange, AEAD ciphers, Ed25519 host keys. Apache
 * MINA SSHD adds strict key exchange ({@code kex-strict-*-v00@openssh.com}) on its own whenever the
 * peer offers it.
 */
public final class SshAlgorithms {
    private static final List<BuiltinDHFactories> KEY_EXCHANGES = List.of(
            BuiltinDHFactories.mlkem768x25519,
            BuiltinDHFactories.sntrup761x25519,
            BuiltinDHFactories.sntrup761x25519_openssh,
            BuiltinDHFactories.curve25519,
            BuiltinDHFactories.curve25519_libssh);

    private static final List<NamedFactory<Cipher>> CIPHERS = List.of(
            BuiltinCiphers.cc20p1305_openssh,
            BuiltinCiphers.aes256gcm,
            BuiltinCiphers.aes128gcm);

    /** Never used with the AEAD ciphers above, but a key exchange proposal must name some. */
    private static final List<NamedFactory<Mac>> MACS = List.of(
            BuiltinMacs.hmacsha512etm,
            BuiltinMacs.hmacsha256etm);

    private static final List<NamedFactory<Signature>> HOST_KEY_SIGNATURES = List.of(
            BuiltinSignatures.ed25519);

    private static final List<NamedFactory<Signature>> USER_KEY_SIGNATURES = List.of(
            BuiltinSignatures.ed25519,
            BuiltinSignatures.sk_ssh_ed25519,
            BuiltinSignatures.nistp256,
            BuiltinSignatures.nistp384,
            BuiltinSignatures.nistp521,
            BuiltinSignatures.sk_ecdsa_sha2_nistp256,
            BuiltinSignatures.rsaSHA512,
            BuiltinSignatures.rsaSHA256);

    private SshAlgorithms() {}

    public static List<BuiltinDHFactories> keyExchanges() {
        return KEY_EXCHANGES;
    }

    public static List<NamedFactory<Cipher>> ciphers() {
        return CIPHERS;
    }

    public static List<NamedFactory<Mac>> macs() {
        return MACS;
    }

    /** What a client accepts from a relay: Ed25519 host keys only. */
    public static List<NamedFactory<Signature>> hostKeySignatures() {
        return HOST_KEY_SIGNATURES;
    }

    /** What the relay accepts from technicians' keys; no SHA-1 and no DSA. */
    public static List<NamedFactory<Signature>> userKeySignatures() {
        return USER_KEY_SIGNATURES;
    }

    /**
     * Sets the key exchanges, ciphers, MACs and compression (none) of an SSHD client or server
     * builder. Signatures differ between the two sides and are set by the caller.
     *
     * @param dh2kex {@code ClientBuilder.DH2KEX} or {@code ServerBuilder.DH2KEX}
     */
    public static <B extends BaseBuilder<?, B>> B applyTo(B builder, Function<DHFactory, KeyExchangeFactory> dh2kex) {
        List<KeyExchangeFactory> kex = KEY_EXCHANGES.stream().map(dh2kex).toList();
        List<NamedFactory<Compression>> noCompression = List.of(BuiltinCompressions.none);
        return builder.keyExchangeFactories(kex)
                .cipherFactories(CIPHERS)
                .macFactories(MACS)
                .compressionFactories(noCompression);
    }
}
