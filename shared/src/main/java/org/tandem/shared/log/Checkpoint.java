package org.tandem.shared.log;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A signed statement "the log of {@code session} reached event {@code upTo}, whose hash is
 * {@code hash}". The signature is Ed25519 over the UTF-8 text
 *
 * <pre>
 * tandem log checkpoint v1\n{session}\n{upTo}\n{hash}
 * </pre>
 *
 * followed by {@code \nfinal} for the checkpoint that closes a log, so that nobody without the key
 * can cut a log short and relabel an earlier checkpoint as its last. At the end of a session each
 * side sends its final checkpoint to the other ({@link #toMap()}), which stores it as a receipt.
 *
 * @param publicKey base64 X.509 SubjectPublicKeyInfo of the signer's Ed25519 key
 * @param signature base64 Ed25519 signature
 * @param isFinal   whether this checkpoint closes the log
 */
public record Checkpoint(String session, long upTo, String hash, String publicKey, String signature, boolean isFinal) {
    private static final String SIGNED_PREFIX = "tandem log checkpoint v1\n";
    private static final String FINAL_SUFFIX = "\nfinal";
    private static final String FINAL = "final";
    private static final Set<String> KEYS = Set.of("session", "upTo", "hash", "publicKey", "signature", FINAL);

    public Checkpoint {
        if (session == null || session.isEmpty()) {
            throw new IllegalArgumentException("A checkpoint names its session");
        }
        if (upTo < 0) {
            throw new IllegalArgumentException("upTo is an event number, not " + upTo);
        }
        if (hash == null || !LogEvents.isHash(hash)) {
            throw new IllegalArgumentException("hash is 64 lowercase hex digits");
        }
        if (publicKey == null || !isBase64(publicKey)) {
            throw new IllegalArgumentException("publicKey is base64");
        }
        if (signature == null || !isBase64(signature)) {
            throw new IllegalArgumentException("signature is base64");
        }
    }

    /** Signs a checkpoint with {@code key}, a JDK or Bouncy Castle Ed25519 key pair. */
    public static Checkpoint sign(String session, long upTo, String hash, boolean isFinal, KeyPair key) {
        String publicKey = Ed25519Signatures.encode(key.getPublic());
        byte[] text = signedText(session, upTo, hash, isFinal);
        String signature = Base64.getEncoder().encodeToString(Ed25519Signatures.sign(key.getPrivate(), text));
        return new Checkpoint(session, upTo, hash, publicKey, signature, isFinal);
    }

    /** Whether the signature is valid for the embedded public key. */
    public boolean verify() {
        return Ed25519Signatures.verify(publicKey, signedText(session, upTo, hash, isFinal), signature);
    }

    /** Whether the embedded public key is {@code key}; says nothing about the signature. */
    public boolean isSignedBy(PublicKey key) {
        return key != null && key.getEncoded() != null
                && Ed25519Signatures.sameKey(publicKey, Base64.getEncoder().encodeToString(key.getEncoded()));
    }

    /**
     * The signer's key as OpenSSH prints its fingerprint, e.g. {@code SHA256:81+gVbTTQxCEg/1YndefnDtyPzIGUqOadw8Lk/YTLo0},
     * to compare with {@code ssh-keygen -lf} of the key's {@code .pub} file.
     *
     * @throws IllegalArgumentException when the embedded key is not an Ed25519 public key
     */
    public String signerFingerprint() {
        return KeyFingerprint.of(Base64.getDecoder().decode(publicKey));
    }

    /** Whether both are signed by the same key, whatever its base64 spelling. */
    boolean sameSigner(Checkpoint other) {
        return Ed25519Signatures.sameKey(publicKey, other.publicKey);
    }

    /** The fields as a JSON-ready map, for a log event or a control message; {@code "final": "true"} only when final. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("hash", hash);
        map.put("publicKey", publicKey);
        map.put("session", session);
        map.put("signature", signature);
        map.put("upTo", upTo);
        if (isFinal) {
            map.put(FINAL, "true");
        }
        return map;
    }

    /**
     * The checkpoint {@link #toMap()} made; checks the form only, not the signature.
     *
     * @throws IllegalArgumentException when a field is missing, unknown or of the wrong type
     */
    public static Checkpoint fromMap(Map<String, ?> map) {
        Objects.requireNonNull(map, "map");
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unexpected field " + key);
            }
        }
        Object isFinal = map.get(FINAL);
        if (isFinal != null && !"true".equals(isFinal)) {
            throw new IllegalArgumentException("final is \"true\" or absent");
        }
        return new Checkpoint(text(map, "session"), number(map, "upTo"), text(map, "hash"),
                text(map, "publicKey"), text(map, "signature"), isFinal != null);
    }

    static byte[] signedText(String session, long upTo, String hash, boolean isFinal) {
        String text = SIGNED_PREFIX + session + "\n" + upTo + "\n" + hash + (isFinal ? FINAL_SUFFIX : "");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Map<String, ?> map, String key) {
        if (map.get(key) instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException(key + " is missing or not text");
    }

    private static long number(Map<String, ?> map, String key) {
        Object value = map.get(key);
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < Long.SIZE) {
            return big.longValue();
        }
        throw new IllegalArgumentException(key + " is missing or not a whole number");
    }

    private static boolean isBase64(String text) {
        try {
            Base64.getDecoder().decode(text);
            return !text.isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
