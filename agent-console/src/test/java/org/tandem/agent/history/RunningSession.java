package org.tandem.agent.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.RecordedSession;
import org.tandem.shared.log.SampleSessionLogs;

/**
 * A session going on now in an agent data directory: the console's journal of it open, and the
 * customer's client's beside it, each recorded through the journal as the apps record them (see
 * {@link RecordedSession}). The customer is connected under {@code customerReference} and the
 * technician has presented themselves; nothing has closed either log until {@link #technicianEnds()}.
 */
public final class RunningSession implements AutoCloseable {
    private static final String ENDED = "The technician ended the session.";

    private final Path log;
    private final RecordedSession.Side console;
    private final RecordedSession.Side client;

    private RunningSession(Path log, RecordedSession.Side console, RecordedSession.Side client) {
        this.log = log;
        this.console = console;
        this.client = client;
    }

    /** Starts session {@code id} in {@code agentData}, its console's log signed with {@code key}. */
    public static RunningSession start(Path agentData, String id, Instant start, String customerReference, KeyPair key)
            throws IOException {
        Path folder = Files.createDirectories(new SessionHistory(agentData).folderOf(id));
        Path log = folder.resolve(SessionHistory.LOG_FILE);
        SampleSessionLogs.SteppingClock clock = new SampleSessionLogs.SteppingClock(start, RecordedSession.STEP);
        RecordedSession.Side console = RecordedSession.console(log, id, key, clock);
        RecordedSession.Side client = RecordedSession.client(folder.resolve("customer.log"), id,
                SampleSessionLogs.newKey(), clock);
        client.record(new JournalEvent.SessionConnected("230", ""));
        console.record(new JournalEvent.SessionConnected("230", customerReference));
        console.record(new JournalEvent.IdentityPresented(RecordedSession.TECHNICIAN_NAME, RecordedSession.ORGANISATION));
        return new RunningSession(log, console, client);
    }

    /** The console's log, open while the session goes on. */
    public Path log() {
        return log;
    }

    /** The technician presses End session: both sides record it, close their logs and keep each other's receipt. */
    public void technicianEnds() throws IOException {
        JournalEvent.SessionEnded end = new JournalEvent.SessionEnded(RecordedSession.TECHNICIAN, "technician-ended",
                ENDED, "");
        console.record(end);
        client.record(end);
        RecordedSession.exchangeReceipts(console, client);
        close();
    }

    @Override
    public void close() throws IOException {
        try {
            client.close();
        } finally {
            console.close();
        }
    }
}
