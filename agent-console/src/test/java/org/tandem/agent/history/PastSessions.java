package org.tandem.agent.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tandem.shared.log.RecordedSession;

/**
 * Three past sessions in an agent data directory, each recorded as the console and the client
 * record them (see {@link RecordedSession}): one intact, one never closed, one altered afterwards.
 */
public final class PastSessions {
    public static final String INTACT = "482-aaaaaa";
    public static final String NOT_CLOSED = "117-bbbbbb";
    public static final String ALTERED = "905-cccccc";
    /** Lines of the not-closed log kept: it stops before the uninstall was asked for. */
    public static final int NOT_CLOSED_LINES = 12;
    /** The line of the altered log that was changed: the result of the look. */
    public static final int ALTERED_LINE = 13;

    private PastSessions() {}

    public static void write(Path agentData) throws IOException {
        Path sessions = agentData.resolve(SessionHistory.SESSIONS_DIRECTORY);
        RecordedSession.lookAndRefusedUninstall(Files.createDirectories(sessions.resolve(INTACT)), INTACT,
                Instant.parse("2026-03-03T10:00:00Z"), "Ticket 4711");

        Path notClosed = Files.createDirectories(sessions.resolve(NOT_CLOSED));
        RecordedSession.lookAndRefusedUninstall(notClosed, NOT_CLOSED, Instant.parse("2026-03-02T10:00:00Z"),
                "Ada Lovelace");
        // As if the console had stopped in the middle of the session.
        Path log = notClosed.resolve(SessionHistory.LOG_FILE);
        Files.write(log, Files.readAllLines(log, StandardCharsets.UTF_8).subList(0, NOT_CLOSED_LINES),
                StandardCharsets.UTF_8);

        Path altered = Files.createDirectories(sessions.resolve(ALTERED));
        RecordedSession.lookAndRefusedUninstall(altered, ALTERED, Instant.parse("2026-03-01T10:00:00Z"), "Grace Hopper");
        log = altered.resolve(SessionHistory.LOG_FILE);
        List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
        String changed = lines.get(ALTERED_LINE - 1).replace("1,204 programs are installed.", "Zero programs are installed.");
        if (changed.equals(lines.get(ALTERED_LINE - 1))) {
            throw new IllegalStateException("Line " + ALTERED_LINE + " is no longer the result of the look");
        }
        lines.set(ALTERED_LINE - 1, changed);
        Files.write(log, lines, StandardCharsets.UTF_8);
    }
}
