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

/**
 * The two logs of a realistic session, written through {@link SessionLogWriter}: a technician helps
 * a customer with a printer, with permissions asked, granted, denied, timed out and withdrawn,
 * actions that worked and one that did not, chat and a plan. The technician finishes first and
 * stores the customer's receipt after finishing; the customer stores the technician's before.
 */
public final class SampleSessionLogs {
    public static final String SESSION = "482-7f3c9a";
    public static final String TECHNICIAN = "technician:Dana Scully";
    public static final int CHECKPOINT_EVERY = 10;

    /** Both logs and the keys that signed them. */
    public record Pair(Path technicianLog, Path customerLog, KeyPair technicianKey, KeyPair customerKey) {}

    /** One scripted event. */
    public record Event(String actor, String type, Map<String, ?> details) {}

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
            for (Event event : script) {
                technician.append(event.actor(), event.type(), event.details());
                customer.append(event.actor(), event.type(), event.details());
            }
            Checkpoint technicianFinal = technician.finish();
            customer.storeReceipt(technicianFinal);
            technician.storeReceipt(customer.finish());
        }
        return new Pair(technicianLog, customerLog, technicianKey, customerKey);
    }

    public static KeyPair newKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A printer that had gone offline, in 39 events. */
    public static List<Event> script() {
        return script("Zoë Park");
    }

    /** The same session with another customer. */
    public static List<Event> script(String customerName) {
        String screen = "show your screen to the technician";
        String control = "let the technician control your mouse and keyboard";
        String spooler = "Restart the print spooler";
        String testPage = "Print a test page";
        return List.of(
                new Event("system", LogEventTypes.SESSION_CREATED, Map.of("nameplate", "482")),
                new Event("system", LogEventTypes.SESSION_CONNECTED, Map.of("customerName", customerName, "technician", "Dana Scully")),
                new Event("system", LogEventTypes.PAIRING_COMPLETED, Map.of("checkString", "381 204")),
                new Event("system", LogEventTypes.IDENTITY_VERIFIED, Map.of("technician", "Dana Scully", "organisation", "Contoso Support")),
                new Event(TECHNICIAN, LogEventTypes.CHAT, Map.of("text", "Hello Zoë, this is Dana from Contoso Support.")),
                new Event("customer", LogEventTypes.CHAT, Map.of("text", "Hi! My printer says \"offline\".")),
                new Event(TECHNICIAN, LogEventTypes.PLAN_CHANGED, Map.of("steps", List.of(
                        Map.of("title", "Look at the printer queue & settings", "status", "planned"),
                        Map.of("title", spooler, "status", "planned"),
                        Map.of("title", testPage, "status", "planned")))),
                new Event("system", LogEventTypes.CONSENT_ASKED, Map.of("for", screen)),
                new Event("customer", LogEventTypes.CONSENT_GRANTED, Map.of("for", screen)),
                new Event("customer", LogEventTypes.SHARE_STARTED, Map.of("width", 1920, "height", 1080)),
                new Event(TECHNICIAN, LogEventTypes.CHAT, Map.of("text", "I can see your screen. Let's look at the queue.")),
                new Event(TECHNICIAN, LogEventTypes.PLAN_CHANGED, Map.of("step", "Look at the printer queue & settings", "status", "done")),
                new Event(TECHNICIAN, LogEventTypes.CONTROL_REQUESTED, Map.of("reason", "to open the printer settings")),
                new Event("system", LogEventTypes.CONSENT_ASKED, Map.of("for", control)),
                new Event("customer", LogEventTypes.CONSENT_DENIED, Map.of("for", control)),
                new Event(TECHNICIAN, LogEventTypes.CHAT, Map.of("text", "No problem, I will guide you instead.")),
                new Event(TECHNICIAN, LogEventTypes.ACTION_REQUESTED, Map.of("id", "a1", "action", spooler)),
                new Event("system", LogEventTypes.CONSENT_ASKED, Map.of("for", "run: " + spooler)),
                new Event("customer", LogEventTypes.CONSENT_GRANTED, Map.of("for", "run: " + spooler)),
                new Event("system", LogEventTypes.ACTION_STARTED, Map.of("id", "a1", "action", spooler)),
                new Event("system", LogEventTypes.ACTION_RESULT, Map.of("id", "a1", "action", spooler,
                        "result", "The print spooler restarted.", "outcome", "success")),
                new Event(TECHNICIAN, LogEventTypes.PLAN_CHANGED, Map.of("step", spooler, "status", "done")),
                new Event("customer", LogEventTypes.CHAT, Map.of("text", "It says <ready> now!")),
                new Event(TECHNICIAN, LogEventTypes.ACTION_REQUESTED, Map.of("id", "a2", "action", testPage)),
                new Event("system", LogEventTypes.CONSENT_ASKED, Map.of("for", "run: " + testPage)),
                new Event("system", LogEventTypes.CONSENT_TIMED_OUT, Map.of("for", "run: " + testPage)),
                new Event(TECHNICIAN, LogEventTypes.CHAT, Map.of("text", "Could you allow the test page, please?")),
                new Event(TECHNICIAN, LogEventTypes.ACTION_REQUESTED, Map.of("id", "a3", "action", testPage)),
                new Event("system", LogEventTypes.CONSENT_ASKED, Map.of("for", "run: " + testPage)),
                new Event("customer", LogEventTypes.CONSENT_GRANTED, Map.of("for", "run: " + testPage)),
                new Event("system", LogEventTypes.ACTION_STARTED, Map.of("id", "a3", "action", testPage)),
                new Event("system", LogEventTypes.ACTION_RESULT, Map.of("id", "a3", "action", testPage,
                        "result", "The printer reported a paper jam.", "outcome", "failure")),
                new Event("system", LogEventTypes.ERROR, Map.of("message", "The printer reported a paper jam.")),
                new Event("customer", LogEventTypes.CHAT, Map.of("text", "I cleared the paper jam and it printed.")),
                new Event(TECHNICIAN, LogEventTypes.PLAN_CHANGED, Map.of("step", testPage, "status", "done after clearing a paper jam")),
                new Event("customer", LogEventTypes.CONSENT_REVOKED, Map.of("for", screen)),
                new Event("customer", LogEventTypes.SHARE_STOPPED, Map.of("reason", "The customer stopped sharing")),
                new Event(TECHNICIAN, LogEventTypes.CHAT, Map.of("text", "Thanks Zoë, all done. Goodbye!")),
                new Event("system", LogEventTypes.SESSION_ENDED, Map.of("reason", "finished",
                        "next", "If the printer goes offline again, restart it once; if that does not help, "
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
