package org.tandem.shared.pairing;

import java.util.Objects;
import org.tandem.shared.wire.RecordCipher;

/**
 * What a successful pairing yields: the record ciphers for the session envelope, the check string
 * both screens show, the transcript hash that the technician signs to prove its identity, and the
 * resume secret.
 */
public final class PairingResult {
    private final RecordCipher inbound;
    private final RecordCipher outbound;
    private final String checkString;
    private final byte[] transcriptHash;
    private final ResumeSecret resumeSecret;

    PairingResult(RecordCipher inbound, RecordCipher outbound, String checkString, byte[] transcriptHash,
            ResumeSecret resumeSecret) {
        this.inbound = Objects.requireNonNull(inbound, "inbound");
        this.outbound = Objects.requireNonNull(outbound, "outbound");
        this.checkString = Objects.requireNonNull(checkString, "checkString");
        this.transcriptHash = transcriptHash.clone();
        this.resumeSecret = Objects.requireNonNull(resumeSecret, "resumeSecret");
    }

    /** What authorises resuming this session after a lost connection (decision 0013). */
    public ResumeSecret resumeSecret() {
        return resumeSecret;
    }

    /** Opens the records the other side sends; give it to the {@code RecordReader}. */
    public RecordCipher inbound() {
        return inbound;
    }

    /** Seals the records this side sends; give it to the {@code RecordWriter}. */
    public RecordCipher outbound() {
        return outbound;
    }

    /** Six digits grouped {@code 123 456}, identical on both sides; shown so people can compare. */
    public String checkString() {
        return checkString;
    }

    /** SHA-256 of the pairing transcript (a copy): the value the technician signs for identity. */
    public byte[] transcriptHash() {
        return transcriptHash.clone();
    }

    @Override
    public String toString() {
        return "PairingResult[checkString=" + checkString + "]";
    }
}
