package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LogCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private SampleSessionLogs.Pair logs;

    @BeforeEach
    void writeLogs() throws Exception {
        logs = SampleSessionLogs.write(dir, Instant.parse("2026-03-01T09:00:00Z"));
    }

    @Test
    void verifySaysIntactAndExitsZero() {
        assertEquals(0, run("verify", logs.technicianLog().toString()));
        assertTrue(out.toString().startsWith("intact (45 events, closed)\n"), out.toString());
    }

    @Test
    void verifySaysNotClosedAndExitsThree() throws Exception {
        Path cut = dir.resolve("cut.log");
        List<String> lines = Files.readAllLines(logs.technicianLog(), StandardCharsets.UTF_8);
        Files.write(cut, lines.subList(0, 20), StandardCharsets.UTF_8);

        assertEquals(3, run("verify", cut.toString()));
        assertTrue(out.toString().startsWith(
                "not closed (the log stops after event 20; its end is missing or it was cut short)\n"), out.toString());
    }

    @Test
    void verifyNamesTheBrokenLineAndExitsOne() throws Exception {
        Path altered = dir.resolve("altered.log");
        List<String> lines = new ArrayList<>(Files.readAllLines(logs.technicianLog(), StandardCharsets.UTF_8));
        lines.set(15, lines.get(15).replace("consent.denied", "consent.granted"));
        Files.write(altered, lines, StandardCharsets.UTF_8);

        assertEquals(1, run("verify", altered.toString()));
        assertEquals("broken at line 16: hash does not match the event\n", out.toString());
    }

    @Test
    void aMissingFileIsOneLineOnStandardErrorAndExitOne() {
        assertEquals(1, run("verify", dir.resolve("nothing.log").toString()));
        assertTrue(err.toString().startsWith("tandem log verify: "), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void showPrintsOneLinePerEventInPlainWords() throws Exception {
        RecordedSession.Logs recorded = RecordedSession.lookAndRefusedUninstall(
                Files.createDirectory(dir.resolve("recorded")), "482-7f3c9a", Instant.parse("2026-03-01T09:00:00Z"),
                "Ticket 4711");

        assertEquals(0, run("show", "--zone", "UTC", recorded.technicianLog().toString()));

        List<String> lines = out.toString().lines().toList();
        assertEquals(22, lines.size());
        assertEquals("2026-03-01 09:00:20  Dana Scully              Session connected, customer: Ticket 4711", lines.get(0));
        assertEquals("2026-03-01 09:01:20  Dana Scully              Certificate presented: Dana Scully of Contoso Support",
                lines.get(2));
        assertEquals("2026-03-01 09:06:00  Customer                 Customer allowed: control the customer's mouse and keyboard",
                lines.get(7));
        assertEquals("2026-03-01 09:08:40  Dana Scully              Action finished: List installed programs — done",
                lines.get(12));
        assertEquals("2026-03-01 09:11:00  Customer                 Customer said no: Uninstall a program called “vlc”",
                lines.get(15));
        assertEquals("2026-03-01 09:11:20  Dana Scully              Action finished: Uninstall a program called “vlc” "
                + "— not allowed", lines.get(16), "the target in words, as the console's History says it");
        assertEquals("2026-03-01 09:14:20  Dana Scully              Final checkpoint: signed, covers events up to 21",
                lines.get(21));
    }

    @Test
    void showPrintsATypeItDoesNotKnowAsItIs() throws Exception {
        Path log = dir.resolve("newer.log");
        try (SessionLogWriter writer = SessionLogWriter.create(log, "s-1", "customer", SampleSessionLogs.newKey(), 10,
                new SampleSessionLogs.SteppingClock(Instant.parse("2026-03-01T09:00:00Z"), java.time.Duration.ofSeconds(1)))) {
            // A type a later version may write: shown raw, never dropped or guessed at.
            writer.append("customer", "rating.given", java.util.Map.of("stars", 5, "comment", "Quick and kind"));
        }

        assertEquals(0, run("show", "--zone", "UTC", log.toString()));

        assertEquals("2026-03-01 09:00:00  Customer                 rating.given comment=Quick and kind, stars=5",
                out.toString().lines().findFirst().orElseThrow());
    }

    @Test
    void recapWritesEachSidesOwnRecapInMarkdownOrHtml() throws Exception {
        RecordedSession.Logs recorded = RecordedSession.lookAndRefusedUninstall(
                Files.createDirectory(dir.resolve("recorded")), "482-7f3c9a", Instant.parse("2026-03-01T09:00:00Z"),
                "Ticket 4711");

        assertEquals(0, run("recap", "--zone", "UTC", recorded.customerLog().toString()));
        assertTrue(out.toString().startsWith("# Your support session on Sunday 1 March 2026"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("recap", "--zone", "UTC", recorded.technicianLog().toString()));
        assertTrue(out.toString().startsWith("# Support session on Sunday 1 March 2026\n**Customer:** Ticket 4711"),
                out.toString());
        assertTrue(out.toString().contains("- 09:10 Asked for permission to uninstall a program called “vlc” — the customer "
                + "said no."), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("recap", "--as", "customer", "--zone", "UTC", recorded.technicianLog().toString()));
        assertTrue(out.toString().startsWith("# Your support session on Sunday 1 March 2026"), out.toString());

        Path html = dir.resolve("recap.html");
        assertEquals(0, run("recap", "--format", "html", "--out", html.toString(), recorded.customerLog().toString()));
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("This record was checked and is intact."), page);
        assertEquals(2, run("recap", "--as", "relay", recorded.customerLog().toString()));
    }

    @Test
    void recapForAColleagueNamesTheTechnicianWhereTheirOwnCopySaysYou() throws Exception {
        RecordedSession.Logs recorded = RecordedSession.lookAndRefusedUninstall(
                Files.createDirectory(dir.resolve("recorded")), "482-7f3c9a", Instant.parse("2026-03-01T09:00:00Z"),
                "Ticket 4711");

        assertEquals(0, run("recap", "--as", "technician", "--zone", "UTC", recorded.technicianLog().toString()));
        assertTrue(out.toString().contains("You were in control of the customer's mouse and keyboard"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("recap", "--as", "colleague", "--zone", "UTC", recorded.technicianLog().toString()));
        assertTrue(out.toString().contains("Dana Scully was in control of the customer's mouse and keyboard"), out.toString());
        assertFalse(out.toString().contains("You were"), out.toString());
    }

    @Test
    void crossCheckSaysWhetherTheTwoLogsAgree() {
        assertEquals(0, run("cross-check", logs.technicianLog().toString(), logs.customerLog().toString()));
        assertTrue(out.toString().startsWith("consistent"), out.toString());
        assertEquals(1, run("cross-check", logs.technicianLog().toString(), logs.technicianLog().toString()));
    }

    @Test
    void helpExitsZeroAndAWrongCommandLineExitsTwo() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("verify") && out.toString().contains("recap"), out.toString());
        assertEquals(0, run("verify", "--help"));
        assertEquals(2, run("verify", "--frobnicate", logs.technicianLog().toString()));
        assertEquals(2, run("recap", "--format", "pdf", logs.technicianLog().toString()));
        assertEquals(2, run("verify"));
        assertEquals(2, run());
    }

    private int run(String... args) {
        CommandLine commandLine = LogCommand.commandLine(new LogCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
