package org.tandem.shared.log;

import static org.tandem.shared.log.RecordedSession.CUSTOMER;
import static org.tandem.shared.log.RecordedSession.SYSTEM;
import static org.tandem.shared.log.RecordedSession.TECHNICIAN;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.tandem.shared.log.JournalEvent.Answer;
import org.tandem.shared.log.RecordedSession.Logs;
import org.tandem.shared.log.RecordedSession.Side;

/**
 * Sessions in which the technician controls the customer's mouse and keyboard, and the customer
 * shares, pauses and takes back, each recorded on both sides as the apps record it: the console
 * writes what it hears of the customer's answers as {@code customer}; both sides name who ended
 * control ({@link Ends#NAMED}), or, as the apps did before decision 0031, the customer's client writes
 * every end of control as {@code customer}, with the reason in words ("The technician gave control
 * back."), and the console the technician as its actor ({@link Ends#ALL_THE_CUSTOMERS}); on the
 * console, control that is still held when the connection drops or the session ends is not recorded
 * as stopped; the client answers its open questions no for the customer as the session ends
 * ({@code system}), the console records nothing more for them.
 */
final class RecordedControl {
    static final String DISK_ID = "b7f1a9e9-c7f2-445e-ae7d-25df1b9a9dfc";
    static final String FILTER_ID = "509ba6b4-c059-427e-9551-6708235e9226";
    static final String UNINSTALL_ID = "8ff6107a-1003-423e-8088-28254e0d69fa";
    static final String NANO_ID = "1311c02b-4bdf-4c67-94f7-d2f6c8db16f2";
    static final String KILL_ID = "5d0f3c5e-2b7a-4a51-9f0e-3f1c2b8a6d47";
    private static final String SESSION = "9c817b1d8c80953f";
    /** Each side reads its own clock, one step for every line it writes. */
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final String TOOK_BACK = "The customer took back control.";
    private static final String GAVE_BACK = "The technician gave control back.";

    /** How the apps name who ended control in {@code control.stopped}'s {@code by}. */
    enum Ends {
        /** Since decision 0031: the customer, the technician, or {@code system} for Tandem, on both sides. */
        NAMED,
        /**
         * Before it: the customer's client says {@code customer} for every end; the console names the
         * technician's actor when they give control back, and {@code customer} for every revocation.
         */
        ALL_THE_CUSTOMERS;

        /** The customer's client's {@code by} for an end of control by {@code who}: customer, technician, system. */
        String client(String who) {
            return this == NAMED ? who : CUSTOMER;
        }

        /** The actor of the client's entry for an end of control by {@code who}. */
        String clientActor(String who) {
            return this == NAMED ? actorOf(who) : CUSTOMER;
        }

        /** The actor of the console's entry for an end of control by {@code who}. */
        String consoleActor(String who) {
            return this == NAMED ? actorOf(who) : TECHNICIAN;
        }

        /** Since decision 0033's fourth addendum, whoever ended control writes its entry on both sides. */
        private static String actorOf(String who) {
            return switch (who) {
                case "technician" -> TECHNICIAN;
                case "system" -> SYSTEM;
                default -> CUSTOMER;
            };
        }

        /** The console's {@code by} for an end of control by {@code who}. */
        String console(String who) {
            if (this == NAMED) {
                return who;
            }
            return who.equals("technician") ? TECHNICIAN : CUSTOMER;
        }
    }

    /** Writes the two logs of one session into a directory of its own under {@code dir}. */
    @FunctionalInterface
    interface Script {
        void play(Side console, Side client) throws IOException;
    }

    private RecordedControl() {}

    /**
     * The customer allows control and takes it back; the technician asks again and ends the session
     * before the customer answers.
     */
    static Logs takenBackThenEndedWhileAsking(Path dir, Instant start, Ends ends) throws IOException {
        return record(dir, "taken-back-" + ends, start, (console, client) -> {
            begin(console, client, "Alice Martin, ticket 4711");
            controlGranted(console, client);
            client.record(new JournalEvent.ControlPaused("The customer is using their mouse."));
            console.record(new JournalEvent.ControlPaused("The customer is using their mouse."));
            client.record(ends.clientActor("customer"),
                    new JournalEvent.ControlStopped(ends.client("customer"), TOOK_BACK));
            console.record(ends.consoleActor("customer"),
                    new JournalEvent.ControlStopped(ends.console("customer"), TOOK_BACK));
            controlAsked(console, client);
            console.record(new JournalEvent.SessionEnded(TECHNICIAN, "technician-ended", "You ended the session.", ""));
            client.record(SYSTEM, new JournalEvent.ConsentDecided(Answer.DENIED, ConsentPurposes.CONTROL, "",
                    "The technician ended the session before you answered."));
            client.record(new JournalEvent.SessionEnded(TECHNICIAN, "technician-ended", "Your technician ended the session.",
                    ""));
        });
    }

    /**
     * In control, the technician asks for three actions: a disk measure they withdraw before the
     * customer answers, a list of programs (a look, done), an uninstall the customer refuses; then
     * they give control back, and the customer ends the session.
     */
    static Logs actionsWhileInControl(Path dir, Instant start) throws IOException {
        return actionsWhileInControl(dir, start, Ends.NAMED);
    }

    /** {@link #actionsWhileInControl(Path, Instant)}, the ends of control named as {@code ends} says. */
    static Logs actionsWhileInControl(Path dir, Instant start, Ends ends) throws IOException {
        return record(dir, "actions-" + ends, start, (console, client) -> {
            begin(console, client, "");
            controlGranted(console, client);
            String diskAsked = ActionWords.recorded("Find what fills the disk", Map.of("folder", "/usr/share"));
            String disk = "Measure what fills “/usr/share”";
            console.record(new JournalEvent.ActionRequested(DISK_ID, diskAsked, "disk-usage", "scan",
                    Map.of("folder", "/usr/share")));
            client.record(TECHNICIAN, new JournalEvent.ActionRequested(DISK_ID, disk, "disk-usage", "scan", Map.of("folder", "/usr/share")));
            client.record(SYSTEM, new JournalEvent.ConsentAsked("measure what fills “/usr/share”", DISK_ID, disk + "?"));
            console.record(SYSTEM, new JournalEvent.ConsentAsked(diskAsked, DISK_ID, disk + "."));
            console.record(new JournalEvent.ConsentDecided(Answer.WITHDRAWN, diskAsked, DISK_ID,
                    "The technician withdrew the request before the customer answered."));
            client.record(TECHNICIAN, new JournalEvent.ConsentDecided(Answer.WITHDRAWN, "measure what fills “/usr/share”",
                    DISK_ID, "The technician withdrew the request before you answered."));
            String withdrawn = "The technician withdrew the request before the customer answered, so nothing was done.";
            client.record(SYSTEM, new JournalEvent.ActionResult(DISK_ID, disk, withdrawn, "cancelled", "CANCELLED", -1));
            console.record(SYSTEM, new JournalEvent.ActionResult(DISK_ID, diskAsked, withdrawn, "cancelled", "CANCELLED", -1));

            String listAsked = "List installed programs (filter=xterm)";
            String list = "List installed programs whose name contains “xterm”";
            String found = "1 of 997 installed programs matches “xterm”.";
            console.record(new JournalEvent.ActionRequested(FILTER_ID, listAsked, "installed-programs", "read",
                    Map.of("filter", "xterm")));
            client.record(TECHNICIAN, new JournalEvent.ActionRequested(FILTER_ID, list, "installed-programs", "read",
                    Map.of("filter", "xterm")));
            client.record(SYSTEM, new JournalEvent.ActionStarted(FILTER_ID, list));
            console.record(SYSTEM, new JournalEvent.ActionStarted(FILTER_ID, listAsked));
            client.record(SYSTEM, new JournalEvent.ActionResult(FILTER_ID, list, found, "success", "SUCCEEDED", 0));
            console.record(SYSTEM, new JournalEvent.ActionResult(FILTER_ID, listAsked, found, "success", "SUCCEEDED", 0));

            String uninstallAsked = ActionWords.recorded("Uninstall a program", Map.of("program", "xterm"));
            String uninstall = "Uninstall “xterm” version 379-1 (2.4 MB)";
            String said = "The customer said no, so nothing was done.";
            console.record(new JournalEvent.ActionRequested(UNINSTALL_ID, uninstallAsked, "uninstall-program", "change",
                    Map.of("program", "xterm")));
            client.record(TECHNICIAN, new JournalEvent.ActionRequested(UNINSTALL_ID, uninstall, "uninstall-program", "change",
                    Map.of("program", "xterm")));
            client.record(SYSTEM, new JournalEvent.ConsentAsked("uninstall “xterm” version 379-1 (2.4 MB)", UNINSTALL_ID,
                    uninstall + "?"));
            console.record(SYSTEM, new JournalEvent.ConsentAsked(uninstallAsked, UNINSTALL_ID, uninstall + "."));
            client.record(CUSTOMER, new JournalEvent.ConsentDecided(Answer.DENIED, "uninstall “xterm” version 379-1 (2.4 MB)",
                    UNINSTALL_ID, ""));
            client.record(SYSTEM, new JournalEvent.ActionResult(UNINSTALL_ID, uninstall, said, "not allowed", "DENIED", -1));
            console.record(CUSTOMER, new JournalEvent.ConsentDecided(Answer.DENIED, uninstallAsked, UNINSTALL_ID, ""));
            console.record(SYSTEM, new JournalEvent.ActionResult(UNINSTALL_ID, uninstallAsked, said, "not allowed", "DENIED", -1));

            console.record(ends.consoleActor("technician"),
                    new JournalEvent.ControlStopped(ends.console("technician"), GAVE_BACK));
            client.record(ends.clientActor("technician"),
                    new JournalEvent.ControlStopped(ends.client("technician"), GAVE_BACK));
            client.record(new JournalEvent.SessionEnded(CUSTOMER, "customer-ended", "You ended the session.", ""));
            console.record(new JournalEvent.SessionEnded(CUSTOMER, "customer-ended", "The customer ended the session.", ""));
        });
    }

    /**
     * The technician asks to uninstall “nano”, which is not installed: the customer's client finds so
     * as it checks the request, before any question, and records the request in the catalog's words
     * and its failure; the console records both as it sent the request. The customer ends the session.
     */
    static Logs failedBeforeAsking(Path dir, Instant start) throws IOException {
        return record(dir, "failed-before-asking", start, (console, client) -> {
            begin(console, client, "");
            Map<String, String> nano = Map.of("program", "nano");
            String asked = ActionWords.recorded("Uninstall a program", nano);
            String checked = "Uninstall a program";
            String none = "No program called “nano” is installed on this computer.";
            console.record(new JournalEvent.ActionRequested(NANO_ID, asked, "uninstall-program", "change", nano));
            client.record(TECHNICIAN, new JournalEvent.ActionRequested(NANO_ID, checked, "uninstall-program", "change", nano));
            client.record(SYSTEM, new JournalEvent.ActionResult(NANO_ID, checked, none, "failure", "FAILED", -1));
            console.record(SYSTEM, new JournalEvent.ActionResult(NANO_ID, asked, none, "failure", "FAILED", -1));
            client.record(new JournalEvent.SessionEnded(CUSTOMER, "customer-ended", "You ended the session.", ""));
            console.record(new JournalEvent.SessionEnded(CUSTOMER, "customer-ended", "The customer ended the session.", ""));
        });
    }

    /**
     * The technician asks to end a program and, while that question is open, to uninstall one: the
     * uninstall's question waits until the first is not answered in time, and the customer then allows
     * it and it runs. Each side records a question when the customer sees it. The customer ends the session.
     */
    static Logs queuedBehindAnother(Path dir, Instant start) throws IOException {
        return record(dir, "queued", start, (console, client) -> {
            begin(console, client, "");
            Map<String, String> sleep = Map.of("pid", "4242");
            String endAsked = ActionWords.recorded("End a running program", sleep);
            String end = "End “sleep” (process 4242)";
            console.record(new JournalEvent.ActionRequested(KILL_ID, endAsked, "end-process", "change", sleep));
            client.record(TECHNICIAN, new JournalEvent.ActionRequested(KILL_ID, end, "end-process", "change", sleep));
            client.record(SYSTEM, new JournalEvent.ConsentAsked("end “sleep” (process 4242)", KILL_ID, end + "?"));
            console.record(SYSTEM, new JournalEvent.ConsentAsked(endAsked, KILL_ID, end + "."));

            Map<String, String> xterm = Map.of("program", "xterm");
            String uninstallAsked = ActionWords.recorded("Uninstall a program", xterm);
            String uninstall = "Uninstall “xterm” version 379-1 (2.4 MB)";
            console.record(new JournalEvent.ActionRequested(UNINSTALL_ID, uninstallAsked, "uninstall-program", "change",
                    xterm));
            client.record(TECHNICIAN, new JournalEvent.ActionRequested(UNINSTALL_ID, uninstall, "uninstall-program", "change", xterm));

            String late = "Nobody answered within 1 minute, so nothing was done.";
            client.record(SYSTEM, new JournalEvent.ConsentDecided(Answer.TIMED_OUT, "end “sleep” (process 4242)", KILL_ID, ""));
            client.record(SYSTEM, new JournalEvent.ActionResult(KILL_ID, end, late, "timed out", "TIMED_OUT", -1));
            console.record(SYSTEM, new JournalEvent.ConsentDecided(Answer.TIMED_OUT, endAsked, KILL_ID, ""));
            console.record(SYSTEM, new JournalEvent.ActionResult(KILL_ID, endAsked, late, "timed out", "TIMED_OUT", -1));

            String removed = "Removed “xterm” version 379-1.";
            client.record(SYSTEM, new JournalEvent.ConsentAsked("uninstall “xterm” version 379-1 (2.4 MB)", UNINSTALL_ID,
                    uninstall + "?"));
            console.record(SYSTEM, new JournalEvent.ConsentAsked(uninstallAsked, UNINSTALL_ID, uninstall + "."));
            client.record(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, "uninstall “xterm” version 379-1 (2.4 MB)",
                    UNINSTALL_ID, ""));
            client.record(SYSTEM, new JournalEvent.ActionStarted(UNINSTALL_ID, uninstall));
            client.record(SYSTEM, new JournalEvent.ActionResult(UNINSTALL_ID, uninstall, removed, "success", "SUCCEEDED", 0));
            console.record(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, uninstallAsked, UNINSTALL_ID, ""));
            console.record(SYSTEM, new JournalEvent.ActionStarted(UNINSTALL_ID, uninstallAsked));
            console.record(SYSTEM, new JournalEvent.ActionResult(UNINSTALL_ID, uninstallAsked, removed, "success", "SUCCEEDED", 0));
            client.record(new JournalEvent.SessionEnded(CUSTOMER, "customer-ended", "You ended the session.", ""));
            console.record(new JournalEvent.SessionEnded(CUSTOMER, "customer-ended", "The customer ended the session.", ""));
        });
    }

    /**
     * The technician picks two running programs by name from the list of running programs (the console
     * records what the list called each, decision 0049): “firefox”, which the customer allows ending and
     * which closes, and “xclock”, which has closed before the customer's client checks the request, so the
     * client records it under the catalog's title and its failure. The technician ends the session.
     */
    static Logs programsPickedByName(Path dir, Instant start) throws IOException {
        return record(dir, "picked-by-name", start, (console, client) -> {
            begin(console, client, "");
            Map<String, String> firefox = Map.of("pid", "9587");
            String endAsked = ActionWords.recorded("End a running program", firefox);
            String end = "End “firefox” (process 9587)";
            String purpose = "end “firefox” (process 9587)";
            String closed = "“firefox” (process 9587) closed when asked.";
            console.record(new JournalEvent.ActionRequested(KILL_ID, endAsked, "end-process", "change", firefox,
                    Map.of("pid", "firefox")));
            client.record(TECHNICIAN, new JournalEvent.ActionRequested(KILL_ID, end, "end-process", "change", firefox));
            client.record(SYSTEM, new JournalEvent.ConsentAsked(purpose, KILL_ID, end + "?"));
            console.record(SYSTEM, new JournalEvent.ConsentAsked(endAsked, KILL_ID, end + "?"));
            client.record(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, purpose, KILL_ID, ""));
            client.record(SYSTEM, new JournalEvent.ActionStarted(KILL_ID, end));
            client.record(SYSTEM, new JournalEvent.ActionResult(KILL_ID, end, closed, "success", "SUCCEEDED", 0));
            console.record(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, endAsked, KILL_ID, ""));
            console.record(SYSTEM, new JournalEvent.ActionStarted(KILL_ID, endAsked));
            console.record(SYSTEM, new JournalEvent.ActionResult(KILL_ID, endAsked, closed, "success", "SUCCEEDED", 0));

            Map<String, String> xclock = Map.of("pid", "4243");
            String goneAsked = ActionWords.recorded("End a running program", xclock);
            String checked = "End a running program";
            String gone = "No program with process id 4243 is running.";
            console.record(new JournalEvent.ActionRequested(NANO_ID, goneAsked, "end-process", "change", xclock,
                    Map.of("pid", "xclock")));
            client.record(TECHNICIAN, new JournalEvent.ActionRequested(NANO_ID, checked, "end-process", "change", xclock));
            client.record(SYSTEM, new JournalEvent.ActionResult(NANO_ID, checked, gone, "failure", "FAILED", -1));
            console.record(SYSTEM, new JournalEvent.ActionResult(NANO_ID, goneAsked, gone, "failure", "FAILED", -1));
            console.record(new JournalEvent.SessionEnded(TECHNICIAN, "technician-ended", "You ended the session.", ""));
            client.record(new JournalEvent.SessionEnded(TECHNICIAN, "technician-ended", "Your technician ended the session.",
                    ""));
        });
    }

    /** The customer pauses sharing and shares again; the technician closes the console. */
    static Logs sharingPaused(Path dir, Instant start) throws IOException {
        return record(dir, "paused", start, (console, client) -> {
            begin(console, client, "");
            pauseAndShareAgain(console, client);
            console.record(new JournalEvent.SessionEnded(TECHNICIAN, "technician-closed-window",
                    "You closed the console, so the session ended.", ""));
            client.record(new JournalEvent.SessionEnded(TECHNICIAN, "technician-closed-window",
                    "Your technician closed their Tandem window, so the session ended.", ""));
        });
    }

    /**
     * In control, the customer stops sharing, which ends control; they share again, allow control
     * again, and end the session while the technician still has it.
     */
    static Logs endedInControl(Path dir, Instant start, Ends ends) throws IOException {
        return record(dir, "ended-in-control-" + ends, start, (console, client) -> {
            begin(console, client, "");
            controlGranted(console, client);
            String stopped = "The customer stopped sharing the screen.";
            client.record(new JournalEvent.ConsentDecided(Answer.REVOKED, "see your screen", "", "The customer stopped sharing."));
            client.record(ends.clientActor("system"),
                    new JournalEvent.ControlStopped(ends.client("system"), stopped));
            client.record(new JournalEvent.ShareStopped(CUSTOMER, stopped));
            console.record(ends.consoleActor("system"),
                    new JournalEvent.ControlStopped(ends.console("system"), stopped));
            console.record(new JournalEvent.ShareStopped(CUSTOMER, stopped));
            client.record(new JournalEvent.ConsentDecided(Answer.GRANTED, "see your screen again", "",
                    "The customer pressed Share screen."));
            client.record(new JournalEvent.ShareStarted(1920, 1080));
            console.record(new JournalEvent.ShareStarted(1920, 1080));
            controlGranted(console, client);
            client.record(ends.clientActor("system"),
                    new JournalEvent.ControlStopped(ends.client("system"), "The session ended."));
            client.record(new JournalEvent.SessionEnded(CUSTOMER, "customer-ended", "You ended the session.", ""));
            console.record(new JournalEvent.SessionEnded(CUSTOMER, "customer-ended", "The customer ended the session.", ""));
        });
    }

    /** Both logs of a session {@code script} plays, each side closed and holding the other's final checkpoint. */
    static Logs record(Path dir, String name, Instant start, Script script) throws IOException {
        Path into = Files.createDirectories(dir.resolve(name));
        KeyPair technicianKey = SampleSessionLogs.newKey();
        KeyPair customerKey = SampleSessionLogs.newKey();
        Path technicianLog = into.resolve("technician.log");
        Path customerLog = into.resolve("customer.log");
        Clock consoleClock = new SampleSessionLogs.SteppingClock(start, STEP);
        Clock clientClock = new SampleSessionLogs.SteppingClock(start, STEP);
        try (Side console = RecordedSession.console(technicianLog, SESSION, technicianKey, consoleClock);
             Side client = RecordedSession.client(customerLog, SESSION, customerKey, clientClock)) {
            script.play(console, client);
            RecordedSession.exchangeReceipts(console, client);
        }
        return new Logs(technicianLog, customerLog, technicianKey, customerKey);
    }

    /** Connected, paired, the technician introduced, the session allowed and the screen shared. */
    private static void begin(Side console, Side client, String customerReference) {
        client.record(new JournalEvent.SessionConnected("967", ""));
        console.record(new JournalEvent.SessionConnected("967", customerReference));
        client.record(new JournalEvent.PairingCompleted("955 635"));
        console.record(new JournalEvent.PairingCompleted("955 635"));
        console.record(new JournalEvent.IdentityPresented(RecordedSession.TECHNICIAN_NAME, RecordedSession.ORGANISATION));
        client.record(new JournalEvent.IdentityVerified(RecordedSession.TECHNICIAN_NAME, RecordedSession.ORGANISATION,
                RecordedSession.TECHNICIAN_NAME + ", " + RecordedSession.ORGANISATION + " — verified"));
        client.record(SYSTEM, new JournalEvent.ConsentAsked(ConsentPurposes.SESSION, "", "Start the session?"));
        client.record(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, ConsentPurposes.SESSION, "", ""));
        client.record(new JournalEvent.ShareStarted(1920, 1080));
        console.record(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, ConsentPurposes.SESSION, "", ""));
        console.record(new JournalEvent.ShareStarted(1920, 1080));
    }

    /** The technician asks for control; both sides put the question on record. */
    private static void controlAsked(Side console, Side client) {
        console.record(new JournalEvent.ControlRequested());
        console.record(SYSTEM, new JournalEvent.ConsentAsked(ConsentPurposes.CONTROL, "", ""));
        client.record(TECHNICIAN, new JournalEvent.ControlRequested()); // the technician asked
        client.record(SYSTEM, new JournalEvent.ConsentAsked(ConsentPurposes.CONTROL, "",
                "Let the technician control your mouse and keyboard?"));
    }

    /** The technician asks for control and the customer allows it. */
    private static void controlGranted(Side console, Side client) {
        controlAsked(console, client);
        client.record(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, ConsentPurposes.CONTROL, "", ""));
        client.record(new JournalEvent.ControlStarted());
        console.record(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, ConsentPurposes.CONTROL, "", ""));
        console.record(new JournalEvent.ControlStarted());
    }

    /** The customer presses Stop sharing, then Share screen. */
    private static void pauseAndShareAgain(Side console, Side client) {
        String stopped = "The customer stopped sharing the screen.";
        client.record(new JournalEvent.ConsentDecided(Answer.REVOKED, "see your screen", "", "The customer stopped sharing."));
        client.record(new JournalEvent.ShareStopped(CUSTOMER, stopped));
        console.record(new JournalEvent.ShareStopped(CUSTOMER, stopped));
        client.record(new JournalEvent.ConsentDecided(Answer.GRANTED, "see your screen again", "",
                "The customer pressed Share screen."));
        client.record(new JournalEvent.ShareStarted(1920, 1080));
        console.record(new JournalEvent.ShareStarted(1920, 1080));
    }
}
