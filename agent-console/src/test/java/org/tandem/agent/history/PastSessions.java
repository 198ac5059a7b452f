package org.tandem.agent.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tandem.shared.log.SampleSessionLogs;

/** Three past sessions in an agent data directory: one intact, one never closed, one altered afterwards. */
public final class PastSessions {
    public static final String INTACT = "482-aaaaaa";
    public static final String NOT_CLOSED = "117-bbbbbb";
    public static final String ALTERED = "905-cccccc";

    private PastSessions() {}

    public static void write(Path agentData) throws IOException {
        Path sessions = agentData.resolve(SessionHistory.SESSIONS_DIRECTORY);
        SampleSessionLogs.write(Files.createDirectories(sessions.resolve(INTACT)), INTACT,
                Instant.parse("2026-03-03T10:00:00Z"), SampleSessionLogs.script("Zoë Park"));

        Path notClosed = Files.createDirectories(sessions.resolve(NOT_CLOSED));
        SampleSessionLogs.write(notClosed, NOT_CLOSED, Instant.parse("2026-03-02T10:00:00Z"),
                SampleSessionLogs.script("Ada Lovelace"));
        // As if the console had stopped after 20 events.
        Path log = notClosed.resolve(SessionHistory.LOG_FILE);
        Files.write(log, Files.readAllLines(log, StandardCharsets.UTF_8).subList(0, 20), StandardCharsets.UTF_8);

        Path altered = Files.createDirectories(sessions.resolve(ALTERED));
        SampleSessionLogs.write(altered, ALTERED, Instant.parse("2026-03-01T10:00:00Z"),
                SampleSessionLogs.script("Grace Hopper"));
        log = altered.resolve(SessionHistory.LOG_FILE);
        List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
        lines.set(11, lines.get(11).replace("I can see your screen.", "I can see your files."));
        Files.write(log, lines, StandardCharsets.UTF_8);
    }
}
