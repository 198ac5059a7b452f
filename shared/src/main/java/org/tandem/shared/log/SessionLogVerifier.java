package org.tandem.shared.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tandem.shared.log.LogVerification.Broken;
import org.tandem.shared.log.LogVerification.Intact;
import org.tandem.shared.log.LogVerification.NotClosed;

/**
 * Checks a session log line by line and names the first line that does not hold: it must be
 * canonical JSON with exactly the event fields, numbered one after the other, of one session,
 * chained to the line before by {@code prev}, with a {@code hash} that matches. Every checkpoint
 * must cover the event just before it, be validly signed, and by the same key as the checkpoints
 * before it (and as the expected signer, when one is given), written by the same actor. A receipt
 * must be the other side's validly signed final checkpoint of this session. After the final
 * checkpoint only a receipt and the final checkpoint that covers it may follow. A log is closed only
 * when its last line is a final checkpoint.
 *
 * <p>Without an expected signer, someone who shortens or rewrites the log and signs it with a key
 * of their own is not caught here: {@link #report} names the key, so a person can check it, and
 * {@link #crossCheck} against the other side's log catches it.
 */
public final class SessionLogVerifier {

    private SessionLogVerifier() {}

    public static LogVerification verify(Path file) throws IOException {
        return verify(file, Optional.empty());
    }

    /** As {@link #verify(Path)}, also requiring every checkpoint to be signed by {@code expectedSigner}. */
    public static LogVerification verify(Path file, Optional<PublicKey> expectedSigner) throws IOException {
        return report(file, expectedSigner).verdict();
    }

    /**
     * The verdict of {@link #verify(Path, Optional)} and who signed the log's checkpoints: the key's
     * fingerprint, the actor the checkpoints name, and whether the key was the expected one.
     *
     * @throws IllegalArgumentException when {@code expectedSigner} is not an Ed25519 public key
     */
    public static LogVerificationReport report(Path file, Optional<PublicKey> expectedSigner) throws IOException {
        Objects.requireNonNull(expectedSigner, "expectedSigner");
        Chain chain = new Chain(expectedSigner.map(key -> new ExpectedKey(key, KeyFingerprint.of(key))));
        LogLines log = LogLines.read(file);
        long lineNumber = 0;
        for (byte[] bytes : log.lines()) {
            lineNumber++;
            String reason = chain.accept(bytes);
            if (reason != null) {
                return new LogVerificationReport(new Broken(lineNumber, reason), Optional.empty());
            }
        }
        // The writer writes a line with its newline in one go: bytes without one are an unfinished line.
        LogVerification verdict = log.partialTail() ? new NotClosed(chain.seq) : chain.result();
        return new LogVerificationReport(verdict, chain.signer());
    }

    /** Verifies both logs of a session and checks that each holds the other's final checkpoint as its receipt. */
    public static CrossCheck crossCheck(Path mine, Path theirs) throws IOException {
        LogVerification my = verify(mine);
        LogVerification their = verify(theirs);
        List<String> problems = new ArrayList<>();
        if (!(my instanceof Intact myLog)) {
            problems.add("my log is " + my.describe());
        } else if (!(their instanceof Intact theirLog)) {
            problems.add("their log is " + their.describe());
        } else {
            Checkpoint myFinal = myLog.finalCheckpoint();
            Checkpoint theirFinal = theirLog.finalCheckpoint();
            if (!myFinal.session().equals(theirFinal.session())) {
                problems.add("the logs are of different sessions: " + myFinal.session() + " and " + theirFinal.session());
            }
            if (myFinal.sameSigner(theirFinal)) {
                problems.add("both logs are signed by the same key, so they are not the two sides of a session");
            }
            if (myLog.receipt().isEmpty()) {
                problems.add("my log holds no receipt from the other side");
            } else if (!myLog.receipt().get().equals(theirFinal)) {
                problems.add("the receipt in my log is not the final checkpoint of their log");
            }
            if (theirLog.receipt().isEmpty()) {
                problems.add("their log holds no receipt from my side");
            } else if (!theirLog.receipt().get().equals(myFinal)) {
                problems.add("the receipt in their log is not the final checkpoint of my log");
            }
        }
        return new CrossCheck(my, their, problems);
    }

    /** Whether the key that verified a signature can also be named, as the report names it. */
    private static boolean hasFingerprint(Checkpoint checkpoint) {
        try {
            checkpoint.signerFingerprint();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The key a log must be signed with, and its fingerprint for the reason when it is not. */
    private record ExpectedKey(PublicKey key, String fingerprint) {}

    /** The state carried from line to line. */
    private static final class Chain {
        private enum Stage { OPEN, FINISHED, RECEIPT_AFTER_FINISH }

        private final Optional<ExpectedKey> expectedSigner;
        private long seq;
        private String session;
        private String lastHash = LogEvents.GENESIS;
        private Checkpoint firstCheckpoint;
        private String signerActor;
        private Checkpoint finalCheckpoint;
        private Checkpoint receipt;
        private Stage stage = Stage.OPEN;

        Chain(Optional<ExpectedKey> expectedSigner) {
            this.expectedSigner = expectedSigner;
        }

        /** Closed only when the last line is a final checkpoint, which covers every line before it. */
        LogVerification result() {
            return stage == Stage.FINISHED
                    ? new Intact(seq, true, finalCheckpoint, Optional.ofNullable(receipt))
                    : new NotClosed(seq);
        }

        Optional<LogSigner> signer() {
            return Optional.ofNullable(firstCheckpoint).map(first ->
                    new LogSigner(first.signerFingerprint(), signerActor, expectedSigner.isPresent()));
        }

        /** Null when the line holds, else why not. */
        String accept(byte[] bytes) {
            String line;
            try {
                line = LogLines.decode(bytes);
            } catch (CharacterCodingException e) {
                return "not valid UTF-8";
            }
            if (line.isEmpty()) {
                return "empty line";
            }
            JsonNode node;
            try {
                node = CanonicalJson.parse(line);
            } catch (JsonProcessingException e) {
                return "not valid JSON (" + e.getOriginalMessage() + ")";
            }
            String reason = checkShape(node);
            if (reason != null) {
                return reason;
            }
            ObjectNode event = (ObjectNode) node;
            String canonical;
            try {
                canonical = CanonicalJson.write(event);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
            if (!canonical.equals(line)) {
                return "not in canonical form (keys sorted, no spaces)";
            }
            reason = checkChain(event);
            if (reason != null) {
                return reason;
            }
            reason = checkStage(event);
            if (reason != null) {
                return reason;
            }
            seq++;
            lastHash = event.get(LogEvents.HASH).asText();
            return null;
        }

        private static String checkShape(JsonNode node) {
            if (!node.isObject()) {
                return "not a JSON object";
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!LogEvents.FIELDS.contains(name)) {
                    return "unexpected field " + name;
                }
            }
            for (String field : LogEvents.FIELDS) {
                JsonNode value = node.get(field);
                if (value == null) {
                    return "missing field " + field;
                }
                boolean rightType = switch (field) {
                    case LogEvents.SEQ -> value.isIntegralNumber() && value.canConvertToLong();
                    case LogEvents.DETAILS -> value.isObject();
                    default -> value.isTextual();
                };
                if (!rightType) {
                    return "field " + field + " has the wrong type";
                }
            }
            return null;
        }

        private String checkChain(ObjectNode event) {
            long eventSeq = event.get(LogEvents.SEQ).asLong();
            if (eventSeq != seq + 1) {
                return "seq " + eventSeq + " where " + (seq + 1) + " was expected";
            }
            String eventSession = event.get(LogEvents.SESSION).asText();
            if (session == null) {
                if (eventSession.isEmpty()) {
                    return "empty session id";
                }
                session = eventSession;
            } else if (!session.equals(eventSession)) {
                return "session id " + eventSession + " differs from " + session + " of the events before";
            }
            try {
                LogEvents.parseTime(event.get(LogEvents.TIME).asText());
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
            if (!event.get(LogEvents.PREV).asText().equals(lastHash)) {
                return seq == 0 ? "prev of the first event is not 64 zeros"
                        : "prev does not match the hash of event " + seq;
            }
            if (!event.get(LogEvents.HASH).asText().equals(LogEvents.hash(event))) {
                return "hash does not match the event";
            }
            return null;
        }

        private String checkStage(ObjectNode event) {
            String type = event.get(LogEvents.TYPE).asText();
            boolean isCheckpoint = type.equals(LogEventTypes.CHECKPOINT);
            boolean isReceipt = type.equals(LogEventTypes.RECEIPT);
            if (stage == Stage.FINISHED && !isReceipt) {
                return "content after the final checkpoint";
            }
            if (stage == Stage.RECEIPT_AFTER_FINISH && !isCheckpoint) {
                return "a receipt after the final checkpoint must be followed by a final checkpoint";
            }
            if (isCheckpoint) {
                return checkCheckpoint(event, event.get(LogEvents.ACTOR).asText());
            }
            if (isReceipt) {
                return checkReceipt(event);
            }
            return null;
        }

        private String checkCheckpoint(ObjectNode event, String actor) {
            Checkpoint checkpoint;
            try {
                checkpoint = Checkpoint.fromMap(LogEntry.of(event).details());
            } catch (IllegalArgumentException e) {
                return "checkpoint is malformed: " + e.getMessage();
            }
            if (!checkpoint.session().equals(session)) {
                return "checkpoint is for session " + checkpoint.session() + ", not " + session;
            }
            if (checkpoint.upTo() != seq) {
                return "checkpoint claims event " + checkpoint.upTo() + " but follows event " + seq;
            }
            if (!checkpoint.hash().equals(lastHash)) {
                return "checkpoint hash does not match event " + seq;
            }
            if (!checkpoint.verify()) {
                return "checkpoint signature is invalid";
            }
            if (!hasFingerprint(checkpoint)) {
                return "checkpoint key is not a well-formed Ed25519 public key";
            }
            if (expectedSigner.isPresent() && !checkpoint.isSignedBy(expectedSigner.get().key())) {
                return "checkpoint signed by key " + checkpoint.signerFingerprint() + ", not by the expected key "
                        + expectedSigner.get().fingerprint();
            }
            if (firstCheckpoint != null && !checkpoint.sameSigner(firstCheckpoint)) {
                return "checkpoint signed by key " + checkpoint.signerFingerprint() + ", not by key "
                        + firstCheckpoint.signerFingerprint() + " that signed the checkpoints before it";
            }
            if (signerActor != null && !signerActor.equals(actor)) {
                return "checkpoint written as " + actor + ", the checkpoints before it as " + signerActor;
            }
            if (stage == Stage.RECEIPT_AFTER_FINISH && !checkpoint.isFinal()) {
                return "a receipt after the final checkpoint must be followed by a final checkpoint";
            }
            if (firstCheckpoint == null) {
                firstCheckpoint = checkpoint;
                signerActor = actor;
            }
            if (checkpoint.isFinal()) {
                if (finalCheckpoint == null) {
                    finalCheckpoint = checkpoint;
                }
                stage = Stage.FINISHED;
            }
            return null;
        }

        private String checkReceipt(ObjectNode event) {
            if (receipt != null) {
                return "a second receipt";
            }
            Checkpoint theirs;
            try {
                theirs = Checkpoint.fromMap(LogEntry.of(event).details());
            } catch (IllegalArgumentException e) {
                return "receipt is malformed: " + e.getMessage();
            }
            if (!theirs.session().equals(session)) {
                return "receipt is for session " + theirs.session() + ", not " + session;
            }
            if (!theirs.isFinal()) {
                return "receipt is not the other side's final checkpoint";
            }
            if (!theirs.verify()) {
                return "receipt signature does not verify";
            }
            if (!hasFingerprint(theirs)) {
                return "receipt key is not a well-formed Ed25519 public key";
            }
            receipt = theirs;
            if (stage == Stage.FINISHED) {
                stage = Stage.RECEIPT_AFTER_FINISH;
            }
            return null;
        }
    }
}
