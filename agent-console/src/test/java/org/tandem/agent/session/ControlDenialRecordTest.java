package org.tandem.agent.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.JournalException;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogEntryFormatter;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * What the console's own log, its timeline and its recap keep of a request for control the customer
 * did not say yes to: the customer's no, nobody answering in time, and a question the customer's side
 * closed before they answered (sharing stopped, the session ended), which is a no Tandem gave, with
 * the customer's side's words for why. Real control handshake and session log.
 */
class ControlDenialRecordTest {
    private static final String TECHNICIAN = "technician:Dana";

    @TempDir
    Path dir;
    private Path file;
    private SessionLogWriter writer;
    private ControlHandshake control;

    @BeforeEach
    void openLog() throws Exception {
        file = dir.resolve("technician.log");
        writer = SessionLogWriter.create(file, "482-7f3c9a", TECHNICIAN, Ed25519Keys.generate(), 20, Clock.systemUTC());
        SessionLogbook book = new SessionLogbook(writer, TECHNICIAN);
        control = new ControlHandshake(TECHNICIAN, (who, event) -> {
            try {
                book.record(who, event);
            } catch (JournalException e) {
                throw new AssertionError(e);
            }
        }, message -> { }, new AgentSessionListener() {
            @Override public void stateChanged(AgentState state, String detail) {}
            @Override public void codeReady(String code) {}
            @Override public void paired(String checkString) {}
            @Override public void controlChanged(ControlState state, String detail) {}
        });
        control.request();
    }

    @AfterEach
    void closeLog() throws Exception {
        writer.close();
    }

    private LogEntry decision() throws Exception {
        List<LogEntry> decided = LogReader.read(file).stream()
                .filter(e -> e.type().startsWith("consent.") && !e.type().equals(LogEventTypes.CONSENT_ASKED)).toList();
        assertEquals(1, decided.size(), "one question, one ending: " + decided);
        return decided.get(0);
    }

    private String techniciansRecap() throws Exception {
        writer.finish();
        return new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file), SessionLogVerifier.verify(file),
                RecapGenerator.Viewpoint.TECHNICIAN);
    }

    @Test
    void sharingStoppedBeforeTheCustomerAnsweredIsNotTheirNo() throws Exception {
        control.handle(new ControlMessage.ControlDenied("The customer paused sharing before they answered.", true));

        LogEntry closed = decision();
        assertEquals(LogEventTypes.CONSENT_DENIED + " by system", closed.type() + " by " + closed.actor());
        assertEquals("Tandem — Not allowed: control the customer's mouse and keyboard (The customer paused sharing before "
                + "they answered)", LogEntryFormatter.actor(closed) + " — " + LogEntryFormatter.title(closed),
                "the timeline");
        String recap = techniciansRecap();
        assertTrue(recap.contains("Asked for permission to control the customer's mouse and keyboard — it was not "
                + "allowed: The customer paused sharing before they answered."), recap);
        assertFalse(recap.contains("said no"), recap);
        assertFalse(recap.contains("did not answer in time"), recap);
    }

    @Test
    void nobodyAnsweringInTimeReadsSo() throws Exception {
        control.handle(new ControlMessage.ControlDenied("The customer did not answer.", true));

        LogEntry closed = decision();
        assertEquals(LogEventTypes.CONSENT_TIMED_OUT + " by system", closed.type() + " by " + closed.actor());
        assertEquals("Tandem — No answer in time: control the customer's mouse and keyboard",
                LogEntryFormatter.actor(closed) + " — " + LogEntryFormatter.title(closed), "the timeline");
        assertTrue(techniciansRecap().contains("Asked for permission to control the customer's mouse and keyboard — the "
                + "customer did not answer in time, so it was not allowed."));
    }

    @Test
    void theCustomersNoReadsSo() throws Exception {
        control.handle(new ControlMessage.ControlDenied("The customer said no."));

        LogEntry closed = decision();
        assertEquals(LogEventTypes.CONSENT_DENIED + " by customer", closed.type() + " by " + closed.actor());
        assertTrue(techniciansRecap().contains("Asked for permission to control the customer's mouse and keyboard — the "
                + "customer said no."));
    }
}
