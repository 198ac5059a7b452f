package org.tandem.shared.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Appends the events of one session to a tamper-evident log file, one JSON line per event, each
 * chained to the one before by its hash:
 *
 * <pre>
 * hash = hex(SHA-256(UTF-8(prev + canonical JSON of the event without "hash"))), prev of event 1 = 64 zeros
 * </pre>
 *
 * The canonical JSON has its keys sorted at every level (by {@link String#compareTo}), no whitespace,
 * strings escaped as Jackson escapes them, integers in decimal and no fractional numbers; each line
 * is the canonical JSON of the event with its {@code hash}. Every line is on disk (fsync) before
 * {@link #append} returns, so a caller can log an action before it takes effect. The apps never
 * call it directly: they record typed {@link JournalEvent}s through the session's journal
 * ({@link org.tandem.shared.session.SessionLogbook}), which holds the one failure policy.
 *
 * <p>Every {@code checkpointEvery} events the writer adds a {@code checkpoint} event signed with the
 * endpoint's Ed25519 key; {@link #finish()} adds the final one. The final checkpoint goes to the
 * other side, and theirs comes back through {@link #storeReceipt}, before or after {@code finish()}.
 * A receipt stored after {@code finish()} is followed by a second final checkpoint that covers it.
 * The file is created new: a log is never reopened or continued.
 */
public final class SessionLogWriter implements AutoCloseable {
    private static final Set<String> WRITTEN_BY_THE_LOG = Set.of(LogEventTypes.CHECKPOINT, LogEventTypes.RECEIPT);

    /** Opens the log file for appending; tests substitute one that counts {@code force} calls. */
    interface ChannelOpener {
        FileChannel open(Path file) throws IOException;
    }

    private final Path file;
    private final FileChannel channel;
    private final String session;
    private final String ownActor;
    private final KeyPair key;
    private final int checkpointEvery;
    private final Clock clock;
    private long seq;
    private String lastHash = LogEvents.GENESIS;
    private int sinceCheckpoint;
    private Checkpoint finalCheckpoint;
    private boolean receiptStored;
    private boolean closed;
    private IOException failure;

    private SessionLogWriter(Path file, FileChannel channel, String session, String ownActor, KeyPair key,
                             int checkpointEvery, Clock clock) {
        this.file = file;
        this.channel = channel;
        this.session = session;
        this.ownActor = ownActor;
        this.key = key;
        this.checkpointEvery = checkpointEvery;
        this.clock = clock;
    }

    /**
     * Creates the log file (and its directory); refuses if the file exists.
     *
     * @param ownActor        the actor of the checkpoints and receipts, e.g. {@code technician:Dana Scully}
     * @param signingKey      this endpoint's Ed25519 key pair (JDK or Bouncy Castle)
     * @param checkpointEvery how many events between two signed checkpoints, at least 1
     */
    public static SessionLogWriter create(Path file, String sessionId, String ownActor, KeyPair signingKey,
                                          int checkpointEvery, Clock clock) throws IOException {
        return create(file, sessionId, ownActor, signingKey, checkpointEvery, clock,
                path -> FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND));
    }

    static SessionLogWriter create(Path file, String sessionId, String ownActor, KeyPair signingKey,
                                   int checkpointEvery, Clock clock, ChannelOpener opener) throws IOException {
        if (sessionId == null || sessionId.isEmpty()) {
            throw new IllegalArgumentException("A session log needs the session id");
        }
        requireActor(ownActor);
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("checkpointEvery is at least 1, not " + checkpointEvery);
        }
        Objects.requireNonNull(clock, "clock");
        requireWorkingKey(signingKey);
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        FileChannel channel = opener.open(absolute);
        forceDirectory(absolute.getParent());
        return new SessionLogWriter(absolute, channel, sessionId, ownActor, signingKey, checkpointEvery, clock);
    }

    /**
     * Appends an event and forces it to disk before returning.
     *
     * @param actor   {@code customer}, {@code system} or {@code technician:<name or id>}
     * @param type    one of {@link LogEventTypes}, except checkpoint and receipt
     * @param details a JSON object: strings, whole numbers, booleans, lists and maps; null for none
     * @throws IllegalStateException after {@link #finish()}
     */
    public synchronized LogEntry append(String actor, String type, Map<String, ?> details) throws IOException {
        requireActor(actor);
        if (type == null || type.isEmpty() || WRITTEN_BY_THE_LOG.contains(type)) {
            throw new IllegalArgumentException("Event type " + type + " cannot be appended: checkpoints and receipts are written by the log");
        }
        if (finalCheckpoint != null || closed) {
            throw new IllegalStateException("The session log is finished; nothing more can be added");
        }
        JsonNode tree = CanonicalJson.tree(details == null ? Map.of() : details);
        if (!tree.isObject()) {
            throw new IllegalArgumentException("Event details are a JSON object");
        }
        LogEntry entry = write(actor, type, tree);
        if (++sinceCheckpoint >= checkpointEvery) {
            writeCheckpoint(false);
        }
        return entry;
    }

    /**
     * Appends the final checkpoint, to be sent to the other side, and returns it. Calling it again
     * returns the same checkpoint.
     */
    public synchronized Checkpoint finish() throws IOException {
        if (finalCheckpoint == null) {
            requireOpen();
            finalCheckpoint = writeCheckpoint(true);
        }
        return finalCheckpoint;
    }

    /** The checkpoint {@link #finish()} wrote, once it has. */
    public synchronized Optional<Checkpoint> finalCheckpoint() {
        return Optional.ofNullable(finalCheckpoint);
    }

    /**
     * Appends the other side's final checkpoint as a {@code receipt} event. Before {@link #finish()}
     * the final checkpoint will cover it; after, a second final checkpoint is added to cover it.
     *
     * @throws IllegalArgumentException when theirs is not a validly signed final checkpoint of this session
     * @throws IllegalStateException    when a receipt was stored already
     */
    public synchronized void storeReceipt(Checkpoint theirs) throws IOException {
        Objects.requireNonNull(theirs, "theirs");
        if (!theirs.session().equals(session)) {
            throw new IllegalArgumentException("The other side's checkpoint is for session " + theirs.session() + ", not " + session);
        }
        if (!theirs.isFinal()) {
            throw new IllegalArgumentException("A receipt is the other side's final checkpoint, not an intermediate one");
        }
        if (!theirs.verify()) {
            throw new IllegalArgumentException("The other side's checkpoint is not validly signed");
        }
        if (receiptStored) {
            throw new IllegalStateException("The other side's receipt is already stored");
        }
        requireOpen();
        write(ownActor, LogEventTypes.RECEIPT, CanonicalJson.tree(theirs.toMap()));
        receiptStored = true;
        if (finalCheckpoint != null) {
            writeCheckpoint(true);
        }
    }

    public String sessionId() {
        return session;
    }

    public Path file() {
        return file;
    }

    /** Finishes the log if that has not been done, then releases the file. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            if (failure == null) {
                finish();
            }
        } finally {
            closed = true;
            channel.close();
        }
    }

    private Checkpoint writeCheckpoint(boolean isFinal) throws IOException {
        Checkpoint checkpoint = Checkpoint.sign(session, seq, lastHash, isFinal, key);
        write(ownActor, LogEventTypes.CHECKPOINT, CanonicalJson.tree(checkpoint.toMap()));
        sinceCheckpoint = 0;
        return checkpoint;
    }

    private LogEntry write(String actor, String type, JsonNode details) throws IOException {
        requireOpen();
        ObjectNode event = LogEvents.event(seq + 1, clock.instant(), session, actor, type, details, lastHash);
        ByteBuffer line = ByteBuffer.wrap((CanonicalJson.write(event) + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            while (line.hasRemaining()) {
                channel.write(line);
            }
            channel.force(true);
        } catch (IOException e) {
            // Part of the line may be in the file; another line after it would be glued to it.
            failure = e;
            throw e;
        }
        seq++;
        lastHash = event.get(LogEvents.HASH).asText();
        return LogEntry.of(event);
    }

    private void requireOpen() throws IOException {
        if (failure != null) {
            throw new IOException("The session log could not be written earlier, so it takes no more events", failure);
        }
        if (closed) {
            throw new IllegalStateException("The session log is closed");
        }
    }

    private static void requireActor(String actor) {
        boolean valid = "customer".equals(actor) || "system".equals(actor)
                || (actor != null && actor.startsWith(LogEntry.TECHNICIAN_PREFIX)
                    && actor.length() > LogEntry.TECHNICIAN_PREFIX.length());
        if (!valid) {
            throw new IllegalArgumentException("An actor is customer, system or technician:<name>, not " + actor);
        }
    }

    private static void requireWorkingKey(KeyPair key) {
        if (key == null || key.getPublic() == null || key.getPrivate() == null) {
            throw new IllegalArgumentException("The log is signed with a key pair: public and private key");
        }
        // Sign once now, so that a wrong key fails here and not at the first checkpoint, mid-session.
        if (!Checkpoint.sign("check", 0, LogEvents.GENESIS, false, key).verify()) {
            throw new IllegalArgumentException("The private key does not belong to the public key");
        }
    }

    /** Makes the new file's directory entry durable too; not every platform can, and then the file's own fsync must do. */
    private static void forceDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel.
        }
    }
}
