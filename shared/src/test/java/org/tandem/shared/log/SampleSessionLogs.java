package org.tandem.shared.log;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.tandem.shared.log.JournalEvent.Answer;
import org.tandem.shared.session.SessionLogbook;

/**
 * The two logs of a long session, each recorded through a {@link SessionLogbook} over a
 * {@link SessionLogWriter} from typed {@link JournalEvent}s: a technician helps a customer with a
 * printer, with permissions asked, granted, denied, timed out and withdrawn, actions that worked and
 * one that did not, chat and a plan. Both logs hold the same 39 events (so that a line of one can be
 * compared with the other), which makes them the verifier's fixture; for what each app really
 * records on its own side, see {@link RecordedSession}. The technician finishes first and stores the
 * customer's receipt after finishing; the customer stores the technician's before.
 */
public final class SampleSessionLogs {
    public static final String SESSION = "482-7f3c9a";
    public static final String TECHNICIAN = "technician:Dana Scully";
    public static final int CHECKPOINT_EVERY = 10;

    /** Both logs and the keys that signed them. */
    public record Pair(Path technicianLog, Path customerLog, KeyPair technicianKey, KeyPair customerKey) {}

    /** One scripted event and who records it. */
    public record Event(String actor, JournalEvent event) {
        /** The log line's type. */
        public String type() {
            return event.type();
        }

        /** The log line's details, as the event writes them. */
        public Map<String, Object> details() {
            return event.details();
        }
    }

    private SampleSessionLogs() {}

    /** Writes {@code technician.log} and {@code customer.log} into {@code dir}. */
    public static Pair write(Path dir, Instant start) throws IOException {
        return write(dir, SESSION, start, script());
    }

    public static Pair write(Path dir, String session, Instant start, List<Event> script) throws IOException {
        KeyPair technicianKey = newKey();
        KeyPair customerKey = newKey();
        Path technicianLog = dir.resolve("technician.log");
        Path customerLog = dir.resolve("customer.log");
        try (SessionLogWriter technician = SessionLogWriter.create(technicianLog, session, TECHNICIAN, technicianKey,
                     CHECKPOINT_EVERY, new SteppingClock(start, Duration.ofSeconds(37)));
             SessionLogWriter customer = SessionLogWriter.create(customerLog, session, "customer", customerKey,
                     CHECKPOINT_EVERY, new SteppingClock(start.plusMillis(120), Duration.ofSeconds(37)))) {
            SessionLogbook technicianBook = new SessionLogbook(technician, TECHNICIAN);
            SessionLogbook customerBook = new SessionLogbook(customer, "customer");
            for (Event event : script) {
                record(technicianBook, event);
                record(customerBook, event);
            }
            Checkpoint technicianFinal = technician.finish();
            customer.storeReceipt(technicianFinal);
            technician.storeReceipt(customer.finish());
        }
        return new Pair(technicianLog, customerLog, technicianKey, customerKey);
    }

    private static void record(SessionLogbook book, Event event) throws IOException {
        try {
            book.record(event.actor(), event.event());
        } catch (JournalException e) {
            throw new IOException("The sample session could not be recorded", e);
        }
    }

    public static KeyPair newKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A printer that had gone offline, in 39 events; the 15th is the customer refusing control. */
    public static List<Event> script() {
        return script("Zoë Park");
    }

    /** The same session with another customer. */
    public static List<Event> script(String customerName) {
        String spooler = "Restart the print spooler";
        String testPage = "Print a test page";
        String system = "system";
        String customer = "customer";
        return List.of(
                new Event(TECHNICIAN, new JournalEvent.SessionConnected("482", customerName)),
                new Event(system, new JournalEvent.PairingCompleted("381 204")),
                new Event(system, new JournalEvent.IdentityVerified("Dana Scully", "Contoso Support",
                        "Dana Scully, Contoso Support — verified")),
                new Event(TECHNICIAN, new JournalEvent.IdentityPresented("Dana Scully", "Contoso Support")),
                new Event(TECHNICIAN, new JournalEvent.Chat("Hello Zoë, this is Dana from Contoso Support.")),
                new Event(customer, new JournalEvent.Chat("Hi! My printer says \"offline\".")),
                new Event(TECHNICIAN, new JournalEvent.PlanChanged(List.of(
                        new JournalEvent.PlanStep("Look at the printer queue & settings", "planned"),
                        new JournalEvent.PlanStep(spooler, "planned"),
                        new JournalEvent.PlanStep(testPage, "planned")))),
                new Event(system, new JournalEvent.ConsentAsked(ConsentPurposes.SESSION, "", "Start the session?")),
                new Event(customer, new JournalEvent.ConsentDecided(Answer.GRANTED, ConsentPurposes.SESSION, "", "")),
                new Event(customer, new JournalEvent.ShareStarted(1920, 1080)),
                new Event(TECHNICIAN, new JournalEvent.Chat("I can see your screen. Let's look at the queue.")),
                new Event(TECHNICIAN, new JournalEvent.PlanChanged(List.of(
                        new JournalEvent.PlanStep("Look at the printer queue & settings", "done"),
                        new JournalEvent.PlanStep(spooler, "planned"),
                        new JournalEvent.PlanStep(testPage, "planned")))),
                new Event(TECHNICIAN, new JournalEvent.ControlRequested()),
                new Event(system, new JournalEvent.ConsentAsked(ConsentPurposes.CONTROL, "", "Let the technician control "
                        + "your mouse and keyboard?")),
                new Event(customer, new JournalEvent.ConsentDecided(Answer.DENIED, ConsentPurposes.CONTROL, "", "")),
                new Event(TECHNICIAN, new JournalEvent.Chat("No problem, I will guide you instead.")),
                new Event(TECHNICIAN, new JournalEvent.ActionRequested("a1", spooler, "restart-spooler", "change", Map.of())),
                new Event(system, new JournalEvent.ConsentAsked("restart the print spooler", "a1", spooler + "?")),
                new Event(customer, new JournalEvent.ConsentDecided(Answer.GRANTED, "restart the print spooler", "a1", "")),
                new Event(customer, new JournalEvent.ActionStarted("a1", spooler)),
                new Event(customer, new JournalEvent.ActionResult("a1", spooler, "The print spooler restarted.",
                        "success", "SUCCEEDED", 0)),
                new Event(TECHNICIAN, new JournalEvent.PlanChanged(List.of(
                        new JournalEvent.PlanStep("Look at the printer queue & settings", "done"),
                        new JournalEvent.PlanStep(spooler, "done"),
                        new JournalEvent.PlanStep(testPage, "planned")))),
                new Event(customer, new JournalEvent.Chat("It says <ready> now!")),
                new Event(TECHNICIAN, new JournalEvent.ActionRequested("a2", testPage, "test-page", "change", Map.of())),
                new Event(system, new JournalEvent.ConsentAsked("print a test page", "a2", testPage + "?")),
                new Event(system, new JournalEvent.ConsentDecided(Answer.TIMED_OUT, "print a test page", "a2", "")),
                new Event(customer, new JournalEvent.ActionResult("a2", testPage,
                        "Nobody answered within 1 minute, so nothing was done.", "timed out", "TIMED_OUT", -1)),
                new Event(TECHNICIAN, new JournalEvent.ActionRequested("a3", testPage, "test-page", "change", Map.of())),
                new Event(system, new JournalEvent.ConsentAsked("print a test page", "a3", testPage + "?")),
                new Event(customer, new JournalEvent.ConsentDecided(Answer.GRANTED, "print a test page", "a3", "")),
                new Event(customer, new JournalEvent.ActionStarted("a3", testPage)),
                new Event(customer, new JournalEvent.ActionResult("a3", testPage, "The printer reported a paper jam.",
                        "failure", "FAILED", 1)),
                new Event(system, new JournalEvent.Problem("The printer reported a paper jam.")),
                new Event(customer, new JournalEvent.Chat("I cleared the paper jam and it printed.")),
                new Event(TECHNICIAN, new JournalEvent.PlanChanged(List.of(
                        new JournalEvent.PlanStep("Look at the printer queue & settings", "done"),
                        new JournalEvent.PlanStep(spooler, "done"),
                        new JournalEvent.PlanStep(testPage, "done after clearing a paper jam")))),
                new Event(customer, new JournalEvent.ConsentDecided(Answer.REVOKED, "see your screen", "",
                        "The customer stopped sharing.")),
                new Event(customer, new JournalEvent.ShareStopped("customer", "The customer stopped sharing the screen.")),
                new Event(TECHNICIAN, new JournalEvent.Chat("Thanks Zoë, all done. Goodbye!")),
                new Event(TECHNICIAN, new JournalEvent.SessionEnded(TECHNICIAN, "finished",
                        "If the printer goes offline again, restart it once; if that does not help, "
                                + "call Contoso Support on 555-0100.")));
    }

    /** A clock that moves on by {@code step} every time it is read. */
    public static final class SteppingClock extends Clock {
        private Instant next;
        private final Duration step;

        public SteppingClock(Instant start, Duration step) {
            this.next = start;
            this.step = step;
        }

        @Override
        public synchronized Instant instant() {
            Instant now = next;
            next = next.plus(step);
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("A test clock stays in UTC");
        }
    }
}
