package org.tandem.shared.log;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tandem.shared.log.JournalEvent.Answer;
import org.tandem.shared.session.SessionLogbook;

/**
 * Both logs of a session, recorded as the apps record them: each side's typed events through a
 * {@link SessionLogbook} over a {@link SessionLogWriter}, with the actors the apps give them (the
 * console records what the customer decided as {@code customer}; the client records the questions it
 * puts as {@code system}), closed as the logbook closes them: the side that ends records the end and
 * finishes, the other does the same, and each stores the other's final checkpoint as its receipt.
 * The recap, {@code log show} and History read what these write, never lines typed to match them.
 */
public final class RecordedSession {
    public static final String TECHNICIAN_NAME = "Dana Scully";
    public static final String TECHNICIAN = "technician:" + TECHNICIAN_NAME;
    public static final String ORGANISATION = "Contoso Support";
    public static final String CUSTOMER = "customer";
    public static final String SYSTEM = "system";
    public static final String LOOK_ID = "5b0d2a8e-3c41-4f6a-9d27-1e8f0c6b7a10";
    public static final String UNINSTALL_ID = "c93e7f14-8a2b-4d05-b6e1-2f4a9d3c8e57";
    /** Seconds between two events, on either side: both logs read one clock, as two computers read theirs. */
    public static final Duration STEP = Duration.ofSeconds(20);

    /** The console's log and the client's log of one session. */
    public record Logs(Path technicianLog, Path customerLog, KeyPair technicianKey, KeyPair customerKey) {}

    /** One side's journal while the session runs. */
    public static final class Side implements AutoCloseable {
        private final SessionLogWriter writer;
        private final SessionLogbook book;
        private final String own;

        private Side(Path file, String session, String own, KeyPair key, Clock clock) throws IOException {
            this.writer = SessionLogWriter.create(file, session, own, key, SampleSessionLogs.CHECKPOINT_EVERY, clock);
            this.book = new SessionLogbook(writer, own);
            this.own = own;
        }

        /** Records an event as this side's own. */
        public Side record(JournalEvent event) {
            return record(own, event);
        }

        /** Records an event under another actor, as the apps do for what the customer decided or Tandem asked. */
        public Side record(String actor, JournalEvent event) {
            try {
                book.record(actor, event);
            } catch (JournalException e) {
                throw new IllegalStateException("The fixture could not record " + event.type(), e);
            }
            return this;
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    private RecordedSession() {}

    /** The console's journal of {@code session}, as technician Dana Scully, on {@code clock}. */
    public static Side console(Path file, String session, KeyPair key, Clock clock) throws IOException {
        return new Side(file, session, TECHNICIAN, key, clock);
    }

    /** The customer's client's journal of {@code session}, on {@code clock}. */
    public static Side client(Path file, String session, KeyPair key, Clock clock) throws IOException {
        return new Side(file, session, CUSTOMER, key, clock);
    }

    /**
     * The technician ends the session: the console records the end and finishes, the client hears it,
     * records it and finishes, and each stores the other's final checkpoint, as {@link SessionLogbook}
     * does over a real connection.
     */
    public static void technicianEnds(Side console, Side client) throws IOException {
        String reason = "The technician ended the session.";
        console.record(new JournalEvent.SessionEnded(TECHNICIAN, reason, ""));
        Checkpoint consoleFinal = console.writer.finish();
        client.record(new JournalEvent.SessionEnded(TECHNICIAN, reason, ""));
        client.writer.storeReceipt(consoleFinal);
        console.writer.storeReceipt(client.writer.finish());
    }

    /**
     * Closes both logs once each has recorded the end: the console finishes, the client stores the
     * console's final checkpoint as its receipt and finishes, and the console stores the client's.
     */
    public static void exchangeReceipts(Side console, Side client) throws IOException {
        Checkpoint consoleFinal = console.writer.finish();
        client.writer.storeReceipt(consoleFinal);
        console.writer.storeReceipt(client.writer.finish());
    }

    /**
     * A verified technician helps a customer the console knows as {@code customerReference}: the
     * customer starts the session and allows control; the technician lists the installed programs
     * (a look, done) and asks to uninstall VLC, which the customer refuses; the technician ends the
     * session. Writes {@code technician.log} and {@code customer.log} into {@code dir}.
     */
    public static Logs lookAndRefusedUninstall(Path dir, String session, Instant start, String customerReference)
            throws IOException {
        KeyPair technicianKey = SampleSessionLogs.newKey();
        KeyPair customerKey = SampleSessionLogs.newKey();
        Path technicianLog = dir.resolve("technician.log");
        Path customerLog = dir.resolve("customer.log");
        Clock clock = new SampleSessionLogs.SteppingClock(start, STEP);
        try (Side console = console(technicianLog, session, technicianKey, clock);
             Side client = client(customerLog, session, customerKey, clock)) {
            String look = "List installed programs";
            // As the console records it.
            String uninstallAsked = ActionWords.recorded("Uninstall a program", Map.of("program", "vlc"));
            String uninstall = "Uninstall “vlc” version 3.0.18 (52 MB)";
            String uninstallPrompt = uninstall + ". This removes the program from this computer; its settings files stay.";
            String said = "The customer said no, so nothing was done.";

            client.record(new JournalEvent.SessionConnected("482", ""));
            console.record(new JournalEvent.SessionConnected("482", customerReference));
            client.record(new JournalEvent.PairingCompleted("381 204"));
            console.record(new JournalEvent.PairingCompleted("381 204"));
            console.record(new JournalEvent.IdentityPresented(TECHNICIAN_NAME, ORGANISATION));
            client.record(new JournalEvent.IdentityVerified(TECHNICIAN_NAME, ORGANISATION,
                    TECHNICIAN_NAME + ", " + ORGANISATION + " — verified"));

            client.record(SYSTEM, new JournalEvent.ConsentAsked(ConsentPurposes.SESSION, "",
                    "Start the session with Dana Scully?"));
            client.record(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, ConsentPurposes.SESSION, "", ""));
            client.record(new JournalEvent.ShareStarted(1920, 1080));
            console.record(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, ConsentPurposes.SESSION, "", ""));
            console.record(new JournalEvent.ShareStarted(1920, 1080));

            console.record(new JournalEvent.ControlRequested());
            console.record(SYSTEM, new JournalEvent.ConsentAsked(ConsentPurposes.CONTROL, "", ""));
            client.record(TECHNICIAN, new JournalEvent.ControlRequested()); // the technician asked
            client.record(SYSTEM, new JournalEvent.ConsentAsked(ConsentPurposes.CONTROL, "",
                    "Let the technician control your mouse and keyboard?"));
            client.record(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, ConsentPurposes.CONTROL, "", ""));
            client.record(new JournalEvent.ControlStarted());
            console.record(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, ConsentPurposes.CONTROL, "", ""));
            console.record(new JournalEvent.ControlStarted());

            console.record(new JournalEvent.ActionRequested(LOOK_ID, look, "installed-programs", "read", Map.of()));
            client.record(new JournalEvent.ActionRequested(LOOK_ID, look, "installed-programs", "read", Map.of()));
            client.record(new JournalEvent.ActionStarted(LOOK_ID, look));
            console.record(new JournalEvent.ActionStarted(LOOK_ID, look));
            client.record(new JournalEvent.ActionResult(LOOK_ID, look, "1,204 programs are installed.", "success",
                    "SUCCEEDED", 0));
            console.record(new JournalEvent.ActionResult(LOOK_ID, look, "1,204 programs are installed.", "success",
                    "SUCCEEDED", 0));

            console.record(new JournalEvent.ActionRequested(UNINSTALL_ID, uninstallAsked, "uninstall-program", "change",
                    Map.of("program", "vlc")));
            client.record(new JournalEvent.ActionRequested(UNINSTALL_ID, uninstall, "uninstall-program", "change",
                    Map.of("program", "vlc")));
            client.record(SYSTEM, new JournalEvent.ConsentAsked("uninstall “vlc” version 3.0.18 (52 MB)", UNINSTALL_ID,
                    uninstallPrompt));
            console.record(SYSTEM, new JournalEvent.ConsentAsked(uninstallAsked, UNINSTALL_ID, uninstallPrompt));
            client.record(CUSTOMER, new JournalEvent.ConsentDecided(Answer.DENIED, "uninstall “vlc” version 3.0.18 (52 MB)",
                    UNINSTALL_ID, ""));
            client.record(new JournalEvent.ActionResult(UNINSTALL_ID, uninstall, said, "not allowed", "DENIED", -1));
            console.record(CUSTOMER, new JournalEvent.ConsentDecided(Answer.DENIED, uninstallAsked, UNINSTALL_ID, ""));
            console.record(new JournalEvent.ActionResult(UNINSTALL_ID, uninstallAsked, said, "not allowed", "DENIED", -1));

            console.record(new JournalEvent.ControlStopped("technician", "The technician gave control back."));
            client.record(TECHNICIAN, new JournalEvent.ControlStopped("technician", "The technician gave control back."));
            technicianEnds(console, client);
        }
        return new Logs(technicianLog, customerLog, technicianKey, customerKey);
    }

    /** One side's events only, in a log of its own, closed without a receipt: for single cases. */
    public static Path oneSide(Path file, String own, Instant start, List<SampleSessionLogs.Event> events)
            throws IOException {
        try (Side side = new Side(file, "s-1", own, SampleSessionLogs.newKey(),
                new SampleSessionLogs.SteppingClock(start, Duration.ofMinutes(1)))) {
            for (SampleSessionLogs.Event event : events) {
                side.record(event.actor(), event.event());
            }
            side.writer.finish();
        }
        return file;
    }
}
