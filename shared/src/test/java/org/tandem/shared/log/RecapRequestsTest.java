package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.tandem.shared.log.RecapControlTest.section;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.RecordedSession.Logs;

/**
 * "What was done" holds only what ran on the customer's computer; a request that was refused,
 * withdrawn or not answered is told once, with the question it was asked as. An action is named in
 * words with its target, never with the parameters the console sent ("folder=/usr/share").
 */
class RecapRequestsTest {
    private static final Instant START = Instant.parse("2026-12-07T05:18:00Z");

    @TempDir
    Path dir;

    private final RecapGenerator recaps = new RecapGenerator(ZoneOffset.UTC);

    @Test
    void whatWasDoneHoldsOnlyWhatRanAndTheRestIsToldWithItsQuestion() throws Exception {
        Logs logs = RecordedControl.actionsWhileInControl(dir, START);
        String customers = markdown(logs.customerLog());
        String technicians = markdown(logs.technicianLog());

        assertEquals(List.of(
                "- 05:22–05:29 Dana Scully controlled your mouse and keyboard for 7 minutes (they gave it back).",
                "- 05:26 List installed programs whose name contains “xterm” — done: 1 of 997 installed programs matches "
                        + "“xterm”."), section(customers, "## What was done"));
        assertEquals(List.of(
                "- 05:22–05:29 You were in control of the customer's mouse and keyboard for 7 minutes (you gave it back).",
                "- 05:25 List installed programs whose name contains “xterm” — done: 1 of 997 installed programs matches "
                        + "“xterm”."), section(technicians, "## What was done"));
        assertEquals(List.of(
                "- 05:19 Asked for permission to see your screen and basic information about your computer (system "
                        + "details, installed programs, running programs) — you allowed it.",
                "- 05:21 Asked for permission to control your mouse and keyboard — you allowed it.",
                "- 05:24 Asked for permission to measure what fills “/usr/share” — the technician withdrew the request "
                        + "before you answered.",
                "- 05:27 Asked for permission to uninstall “xterm” version 379-1 (2.4 MB) — you said no."),
                section(customers, "## What you were asked to allow"));
    }

    @Test
    void anActionIsToldAtTheTimeItRanAfterTheQuestionThatAllowedIt() throws Exception {
        Logs logs = RecordedControl.queuedBehindAnother(dir, START);
        String customers = markdown(logs.customerLog());

        assertEquals(List.of(
                "- 05:19 Asked for permission to see your screen and basic information about your computer (system "
                        + "details, installed programs, running programs) — you allowed it.",
                "- 05:21 Asked for permission to end “sleep” (process 4242) — nobody answered in time, so it was not "
                        + "allowed.",
                "- 05:24 Asked for permission to uninstall “xterm” version 379-1 (2.4 MB) — you allowed it."),
                section(customers, "## What you were asked to allow"));
        assertEquals(List.of("- 05:25 Uninstall “xterm” version 379-1 (2.4 MB) — done: Removed “xterm” version 379-1."),
                section(customers, "## What was done"), "the uninstall was told at its request, before its question");
    }

    @Test
    void theTechniciansCopyNamesEachTargetInWords() throws Exception {
        Logs logs = RecordedControl.actionsWhileInControl(dir, START);
        String technicians = markdown(logs.technicianLog());

        assertEquals(List.of(
                "- 05:19 Asked for permission to see the customer's screen and basic information about their computer "
                        + "(system details, installed programs, running programs) — the customer allowed it.",
                "- 05:21 Asked for permission to control the customer's mouse and keyboard — the customer allowed it.",
                "- 05:23 Asked for permission to find what fills the disk in “/usr/share” — the technician withdrew the "
                        + "request before the customer answered.",
                "- 05:27 Asked for permission to uninstall a program called “xterm” — the customer said no."),
                section(technicians, "## What the customer was asked to allow"));
        for (String raw : List.of("folder=", "program=", "filter=")) {
            assertFalse(technicians.contains(raw), raw + " in " + technicians);
        }
    }

    @Test
    void aRequestThatFailedBeforeTheCustomerWasAskedIsNotToldAsAQuestion() throws Exception {
        Logs logs = RecordedControl.failedBeforeAsking(dir, START);
        String customers = markdown(logs.customerLog());

        assertEquals(List.of(
                "- 05:19 Asked for permission to see your screen and basic information about your computer (system "
                        + "details, installed programs, running programs) — you allowed it."),
                section(customers, "## What you were asked to allow"), "only the questions put to the customer");
        assertEquals(List.of("No actions were carried out on your computer."), section(customers, "## What was done"));
        assertEquals(List.of(
                "- 05:21 Your technician asked to uninstall a program called “nano” — failed: No program called “nano” "
                        + "is installed on this computer. You were not asked about it."),
                section(customers, "## What was not done"));
    }

    @Test
    void theTechniciansCopyTellsTheFailedRequestAsNotDoneAndNotAsked() throws Exception {
        Logs logs = RecordedControl.failedBeforeAsking(dir, START);
        String technicians = markdown(logs.technicianLog());

        assertEquals(List.of(
                "- 05:19 Asked for permission to see the customer's screen and basic information about their computer "
                        + "(system details, installed programs, running programs) — the customer allowed it."),
                section(technicians, "## What the customer was asked to allow"));
        assertEquals(List.of("No actions were carried out on the customer's computer."),
                section(technicians, "## What was done"));
        assertEquals(List.of(
                "- 05:20 You asked to uninstall a program called “nano” — failed: No program called “nano” is installed "
                        + "on this computer. The customer was not asked about it."),
                section(technicians, "## What was not done"));
    }

    @Test
    void nothingNotDoneIsNoSectionOfItsOwn() throws Exception {
        Logs logs = RecordedControl.actionsWhileInControl(dir, START);

        for (Path log : List.of(logs.customerLog(), logs.technicianLog())) {
            String recap = markdown(log);
            assertFalse(recap.contains("## What was not done"), "each request that did not run is told with its "
                    + "question: " + recap);
        }
    }

    private String markdown(Path log) throws Exception {
        return recaps.markdown(LogReader.read(log), SessionLogVerifier.verify(log));
    }
}
