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
import org.tandem.shared.log.RecapGenerator.Viewpoint;
import org.tandem.shared.log.RecordedSession.Logs;

/**
 * A program the technician picked by name from the list of running programs is named so in every recap of
 * the console's log, in the words the console's own views use ({@link ActionWords}, decision 0049): "End a
 * running program called “firefox” (process 9587)", never the process id alone. The customer's own log names
 * the program as their computer named it.
 */
class RecapProgramPickedByNameTest {
    private static final Instant START = Instant.parse("2026-12-07T05:18:00Z");
    private static final String FIREFOX = "end a running program called “firefox” (process 9587)";
    private static final String XCLOCK = "end a running program called “xclock” (process 4243)";

    @TempDir
    Path dir;

    private final RecapGenerator recaps = new RecapGenerator(ZoneOffset.UTC);

    @Test
    void theTechniciansCopyNamesTheProgramPickedWhereverItTellsTheRequest() throws Exception {
        String recap = markdown(RecordedControl.programsPickedByName(dir, START).technicianLog(), Viewpoint.TECHNICIAN);

        assertEquals(List.of(
                "Asked for permission to see the customer's screen and basic information about their computer (system "
                        + "details, installed programs, running programs) — the customer allowed it.",
                "Asked for permission to " + FIREFOX + " — the customer allowed it."),
                untimed(section(recap, "## What the customer was asked to allow")));
        assertEquals(List.of("End a running program called “firefox” (process 9587) — done: “firefox” (process 9587) "
                + "closed when asked."), untimed(section(recap, "## What was done")));
        assertEquals(List.of("You asked to " + XCLOCK + " — failed: No program with process id 4243 is running. The "
                + "customer was not asked about it."), untimed(section(recap, "## What was not done")));
        assertFalse(recap.contains("program with process id 9587"), recap);
    }

    @Test
    void aColleaguesCopyAndTheCustomersReadingOfTheConsolesLogNameItToo() throws Exception {
        Path log = RecordedControl.programsPickedByName(dir, START).technicianLog();
        String colleagues = markdown(log, Viewpoint.COLLEAGUE);
        String customers = markdown(log, Viewpoint.CUSTOMER);

        assertEquals(List.of("End a running program called “firefox” (process 9587) — done: “firefox” (process 9587) "
                + "closed when asked."), untimed(section(colleagues, "## What was done")));
        assertEquals(List.of("Dana Scully asked to " + XCLOCK + " — failed: No program with process id 4243 is running. "
                + "The customer was not asked about it."), untimed(section(colleagues, "## What was not done")));
        assertEquals(List.of("Your technician asked to " + XCLOCK + " — failed: No program with process id 4243 is "
                + "running. You were not asked about it."), untimed(section(customers, "## What was not done")));
        assertEquals("Asked for permission to " + FIREFOX + " — you allowed it.",
                untimed(section(customers, "## What you were asked to allow")).get(1));
        for (String recap : List.of(colleagues, customers)) {
            assertFalse(recap.contains("program with process id 9587"), recap);
        }
    }

    @Test
    void theCustomersOwnRecapNamesTheProgramTheirComputerNamed() throws Exception {
        Logs logs = RecordedControl.programsPickedByName(dir, START);
        String recap = markdown(logs.customerLog(), Viewpoint.CUSTOMER);

        assertEquals(List.of("End “firefox” (process 9587) — done: “firefox” (process 9587) closed when asked."),
                untimed(section(recap, "## What was done")));
        assertEquals("Asked for permission to end “firefox” (process 9587) — you allowed it.",
                untimed(section(recap, "## What you were asked to allow")).get(1));
        // The customer's computer never named the program that had gone: the technician's pick is not its word.
        assertEquals(List.of("Your technician asked to end a running program with process id 4243 — failed: No program "
                + "with process id 4243 is running. You were not asked about it."),
                untimed(section(recap, "## What was not done")));
    }

    private String markdown(Path log, Viewpoint viewpoint) throws Exception {
        return recaps.markdown(LogReader.read(log), SessionLogVerifier.verify(log), viewpoint);
    }

    /** The items without their "- 05:21 ". */
    private static List<String> untimed(List<String> items) {
        return items.stream().map(item -> item.replaceFirst("^- \\d\\d:\\d\\d ", "")).toList();
    }
}
