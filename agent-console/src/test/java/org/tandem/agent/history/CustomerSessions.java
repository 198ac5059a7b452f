package org.tandem.agent.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tandem.shared.log.ActionWords;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.RecordedSession;
import org.tandem.shared.log.SampleSessionLogs;
import org.tandem.shared.log.SampleSessionLogs.Event;

/**
 * Past sessions with a customer in an agent data directory, each the console's own log recorded through
 * the journal as the console records it (see {@link RecordedSession#console}): the name or ticket typed
 * at New session, the computer's name read from its system information, a name given mid-session, a
 * plan, a look that ran, a private note, and the technician's end.
 */
public final class CustomerSessions {
    public static final String LOOK = "List installed programs";
    public static final String STEP = "Reinstall the printer driver";
    public static final String NOTE = "Driver 4.2 fixed it; the old one keeps coming back.";
    public static final String RESULT = "1,204 programs are installed.";

    private CustomerSessions() {}

    /**
     * Records session {@code id} into {@code agentData}; "" for {@code typed}, {@code computer} or
     * {@code named} leaves that out, as a session in which nobody typed a name, no system information
     * was read or nobody named the customer. Returns the log.
     */
    public static Path past(Path agentData, String id, Instant start, String typed, String computer, String named)
            throws IOException {
        return past(agentData, id, start, typed, computer, named, SampleSessionLogs.newKey());
    }

    /**
     * As {@link #past(Path, String, Instant, String, String, String)}, signed with {@code key}: the
     * key of the console that ran it, this one's or a colleague's.
     */
    public static Path past(Path agentData, String id, Instant start, String typed, String computer, String named,
            KeyPair key) throws IOException {
        String technician = RecordedSession.TECHNICIAN;
        String system = RecordedSession.SYSTEM;
        List<Event> events = new ArrayList<>();
        events.add(new Event(technician, new JournalEvent.SessionConnected("482", typed)));
        events.add(new Event(technician, new JournalEvent.IdentityPresented(RecordedSession.TECHNICIAN_NAME,
                RecordedSession.ORGANISATION)));
        if (!computer.isEmpty()) {
            events.add(new Event(system, new JournalEvent.ComputerNamed(computer)));
        }
        if (!named.isEmpty()) {
            events.add(new Event(technician, new JournalEvent.CustomerNamed(named)));
        }
        events.add(new Event(technician, new JournalEvent.PlanChanged(List.of(new JournalEvent.PlanStep(STEP, "done")))));
        events.add(new Event(technician, new JournalEvent.ActionRequested(RecordedSession.LOOK_ID, LOOK,
                "installed-programs", "read", Map.of())));
        events.add(new Event(system, new JournalEvent.ActionStarted(RecordedSession.LOOK_ID, LOOK)));
        events.add(new Event(system, new JournalEvent.ActionResult(RecordedSession.LOOK_ID, LOOK, RESULT, "success",
                "SUCCEEDED", 0)));
        events.add(new Event(technician, new JournalEvent.Note(NOTE)));
        events.add(ended());
        return record(agentData, id, start, key, events);
    }

    /**
     * A past session with the customer typed as {@code typed} in which the technician picked a program by
     * name from the running programs and ended it, recorded as the console records such a pick (decision
     * 0049): the process id sent, the name the list gave it beside. Returns the log.
     */
    public static Path pastEndingAProgram(Path agentData, String id, Instant start, String typed, String pid,
            String listedAs, String result) throws IOException {
        String technician = RecordedSession.TECHNICIAN;
        String system = RecordedSession.SYSTEM;
        Map<String, String> parameters = Map.of("pid", pid);
        String asked = ActionWords.recorded("End a running program", parameters);
        List<Event> events = new ArrayList<>();
        events.add(new Event(technician, new JournalEvent.SessionConnected("482", typed)));
        events.add(new Event(technician, new JournalEvent.IdentityPresented(RecordedSession.TECHNICIAN_NAME,
                RecordedSession.ORGANISATION)));
        events.add(new Event(technician, new JournalEvent.ActionRequested("a-9", asked, "end-process", "change",
                parameters, Map.of("pid", listedAs))));
        events.add(new Event(system, new JournalEvent.ActionStarted("a-9", asked)));
        events.add(new Event(system, new JournalEvent.ActionResult("a-9", asked, result, "success", "SUCCEEDED", 0)));
        events.add(ended());
        return record(agentData, id, start, SampleSessionLogs.newKey(), events);
    }

    private static Event ended() {
        return new Event(RecordedSession.TECHNICIAN, new JournalEvent.SessionEnded(RecordedSession.TECHNICIAN,
                "technician-ended", "The technician ended the session.", ""));
    }

    private static Path record(Path agentData, String id, Instant start, KeyPair key, List<Event> events)
            throws IOException {
        Path log = Files.createDirectories(new SessionHistory(agentData).folderOf(id)).resolve(SessionHistory.LOG_FILE);
        // Closing the console's journal finishes it, as the console finishes its own.
        try (RecordedSession.Side console = RecordedSession.console(log, "s-1", key,
                new SampleSessionLogs.SteppingClock(start, Duration.ofMinutes(1)))) {
            events.forEach(event -> console.record(event.actor(), event.event()));
        }
        return log;
    }
}
