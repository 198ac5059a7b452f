package org.tandem.shared.pairing;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.tandem.shared.pairing.JpakeMessages.KeyShare;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.generators.MLKEMKeyPairGenerator;
import org.bouncycastle.crypto.generators.X25519KeyPairGenerator;
import org.bouncycastle.crypto.kems.MLKEMExtractor;
import org.bouncycastle.crypto.kems.MLKEMGenerator;
import org.bouncycastle.crypto.params.MLKEMKeyGenerationParameters;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;
import org.bouncycastle.crypto.params.X25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;

/**
 * One side's part of the hybrid key exchange that runs alongside EC J-PAKE: an X25519 exchange both
 * ways, and ML-KEM-768 where the technician offers an encapsulation key and the customer
 * encapsulates a secret to it. Neither exchange is authenticated on its own; both secrets enter the
 * key schedule together with the J-PAKE key, salted with the transcript, and round 3 confirms that
 * both sides derived the same keys. So a relay that swaps a share fails confirmation, and a recording
 * of the pipe stays closed unless ML-KEM, X25519 and J-PAKE all fall.
 *
 * <p>Use: {@link #share()} goes out with round 1; {@link #acceptPeerShare} takes the peer's;
 * {@link #encapsulation()} goes out with round 2 (empty from the technician);
 * {@link #acceptEncapsulation} takes the peer's; then {@link #mlKemSecret()} and
 * {@link #x25519Secret()} feed the key schedule. Every refusal is a {@link PairingException}.
 */
final class HybridKeyExchange {
    static final MLKEMParameters ML_KEM = MLKEMParameters.ml_kem_768;
    /** Size of an ML-KEM-768 encapsulation key (FIPS 203: 384·k + 32 with k = 3). */
    static final int ENCAPSULATION_KEY_BYTES = 1184;
    /** Size of an ML-KEM-768 ciphertext. */
    static final int CIPHERTEXT_BYTES = 1088;
    static final int X25519_BYTES = X25519PublicKeyParameters.KEY_SIZE;
    static final int SECRET_BYTES = 32;

    private final PairingRole role;
    private final SecureRandom random;
    private final X25519PrivateKeyParameters x25519Private;
    private final MLKEMPrivateKeyParameters mlKemPrivate;
    private final KeyShare share;
    private byte[] x25519Secret;
    private byte[] mlKemSecret;
    private byte[] encapsulation = new byte[0];

    private HybridKeyExchange(PairingRole role, SecureRandom random) {
        this.role = role;
        this.random = random;
        X25519KeyPairGenerator x25519 = new X25519KeyPairGenerator();
        x25519.init(new X25519KeyGenerationParameters(random));
        AsymmetricCipherKeyPair x25519Pair = x25519.generateKeyPair();
        this.x25519Private = (X25519PrivateKeyParameters) x25519Pair.getPrivate();
        byte[] x25519Public = ((X25519PublicKeyParameters) x25519Pair.getPublic()).getEncoded();
        if (role == PairingRole.TECHNICIAN) {
            MLKEMKeyPairGenerator mlKem = new MLKEMKeyPairGenerator();
            mlKem.init(new MLKEMKeyGenerationParameters(random, ML_KEM));
            AsymmetricCipherKeyPair mlKemPair = mlKem.generateKeyPair();
            this.mlKemPrivate = (MLKEMPrivateKeyParameters) mlKemPair.getPrivate();
            this.share = new KeyShare(x25519Public, ((MLKEMPublicKeyParameters) mlKemPair.getPublic()).getEncoded());
        } else {
            this.mlKemPrivate = null;
            this.share = new KeyShare(x25519Public, new byte[0]);
        }
    }

    /** Draws this side's fresh keys: X25519 for both roles, and the ML-KEM key pair for the technician. */
    static HybridKeyExchange start(PairingRole role, SecureRandom random) {
        return new HybridKeyExchange(Objects.requireNonNull(role, "role"), Objects.requireNonNull(random, "random"));
    }

    /** This side's share, sent with round 1. */
    KeyShare share() {
        return share;
    }

    /**
     * Takes the peer's round 1 share: completes X25519 and, on the customer's side, encapsulates a
     * fresh ML-KEM secret to the technician's key.
     */
    void acceptPeerShare(KeyShare peer) throws PairingException {
        if (x25519Secret != null) {
            throw new IllegalStateException("The peer's key share was already taken");
        }
        boolean carriesKey = peer.encapsulationKey().length != 0;
        if (role == PairingRole.CUSTOMER && !carriesKey) {
            throw new PairingException("The technician's pairing message lacks its post-quantum key; pairing stopped");
        }
        if (role == PairingRole.TECHNICIAN && carriesKey) {
            throw new PairingException("The customer's pairing message carries a post-quantum key that only"
                    + " the technician sends; pairing stopped");
        }
        x25519Secret = x25519Agreement(peer.x25519PublicKey());
        if (role == PairingRole.CUSTOMER) {
            MLKEMPublicKeyParameters technicianKey;
            try {
                // The constructor runs FIPS 203's modulus check on the key.
                technicianKey = new MLKEMPublicKeyParameters(ML_KEM, peer.encapsulationKey());
            } catch (IllegalArgumentException e) {
                throw new PairingException("The technician's post-quantum key is not a valid ML-KEM-768 key", e);
            }
            SecretWithEncapsulation encapsulated = new MLKEMGenerator(random).generateEncapsulated(technicianKey);
            mlKemSecret = encapsulated.getSecret();
            encapsulation = encapsulated.getEncapsulation();
        }
    }

    /** What this side sends with round 2: the customer's ML-KEM ciphertext, or nothing from the technician. */
    byte[] encapsulation() {
        if (x25519Secret == null) {
            throw new IllegalStateException("Take the peer's key share first");
        }
        return encapsulation.clone();
    }

    /** Takes the peer's round 2 ciphertext; on the technician's side, decapsulates the ML-KEM secret. */
    void acceptEncapsulation(byte[] ciphertext) throws PairingException {
        if (x25519Secret == null) {
            throw new IllegalStateException("Take the peer's key share first");
        }
        if (role == PairingRole.CUSTOMER) {
            if (ciphertext.length != 0) {
                throw new PairingException("The technician's pairing message carries a post-quantum ciphertext that"
                        + " only the customer sends; pairing stopped");
            }
            return;
        }
        if (mlKemSecret != null) {
            throw new IllegalStateException("The customer's ciphertext was already taken");
        }
        if (ciphertext.length != CIPHERTEXT_BYTES) {
            throw new PairingException("The customer's pairing message lacks its post-quantum ciphertext; pairing stopped");
        }
        // ML-KEM rejects implicitly: an altered ciphertext yields an unrelated secret, not an error.
        // Key confirmation in round 3 is what turns that into a refusal.
        mlKemSecret = new MLKEMExtractor(mlKemPrivate).extractSecret(ciphertext);
    }

    /** The ML-KEM-768 shared secret (32 bytes), once both shares and the ciphertext are in. */
    byte[] mlKemSecret() {
        if (mlKemSecret == null) {
            throw new IllegalStateException("The ML-KEM exchange has not finished");
        }
        return mlKemSecret.clone();
    }

    /** The X25519 shared secret (32 bytes), once the peer's share is in. */
    byte[] x25519Secret() {
        if (x25519Secret == null) {
            throw new IllegalStateException("The X25519 exchange has not finished");
        }
        return x25519Secret.clone();
    }

    /** Forgets the shared secrets; the keys they fed stay with the key schedule. */
    void destroy() {
        if (x25519Secret != null) {
            Arrays.fill(x25519Secret, (byte) 0);
        }
        if (mlKemSecret != null) {
            Arrays.fill(mlKemSecret, (byte) 0);
        }
    }

    private byte[] x25519Agreement(byte[] peerPublicKey) throws PairingException {
        byte[] secret = new byte[SECRET_BYTES];
        try {
            x25519Private.generateSecret(new X25519PublicKeyParameters(peerPublicKey), secret, 0);
        } catch (IllegalStateException e) {
            // Bouncy Castle refuses a low-order point, which would give the all-zero secret.
            throw new PairingException("The other side's X25519 key gives no shared secret; pairing stopped", e);
        }
        return secret;
    }
}
