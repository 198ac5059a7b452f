package org.tandem.customer.action.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.ProgressSink;
import org.tandem.shared.action.ActionResult.Outcome;

/** Ends real processes: one that closes when asked, one that has to be forced. */
class EndProcessIT {
    private final EndProcess action = new EndProcess(Duration.ofSeconds(1), EndProcess::programName);
    private Process process;

    @AfterEach
    void cleanUp() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private ActionReport end(long pid) throws Exception {
        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, action.consentFor(Map.of("pid", Long.toString(pid))));
        return ask.run().run(ProgressSink.NONE, new CancellationToken());
    }

    @Test
    void aProgramThatClosesWhenAskedIsEnded() throws Exception {
        process = new ProcessBuilder("sleep", "60").start();

        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, action.consentFor(Map.of("pid", Long.toString(process.pid()))));
        assertEquals("End “sleep” (process " + process.pid() + ")", ask.what());
        ActionReport report = ask.run().run(ProgressSink.NONE, new CancellationToken());

        assertEquals(Outcome.SUCCEEDED, report.outcome());
        assertEquals("“sleep” (process " + process.pid() + ") closed when asked.", report.summary());
        assertTrue(process.waitFor(5, TimeUnit.SECONDS));
    }

    @Test
    void aProgramWhoseNameThisComputerDoesNotTellIsNotAskedAboutByItsNumberAlone() throws Exception {
        process = new ProcessBuilder("sleep", "60").start();
        EndProcess nameless = new EndProcess(Duration.ofSeconds(1), p -> Optional.empty());

        Consent.Ask ask = assertInstanceOf(Consent.Ask.class,
                nameless.consentFor(Map.of("pid", Long.toString(process.pid()))));

        assertEquals("End a program whose name this computer does not tell (process " + process.pid() + ")",
                ask.what(), "the question does not pass a number off as the program's name");
        assertTrue(ask.effect().contains("Tandem cannot tell you which program this is: if you are not sure, "
                + "choose Deny."), ask.effect());
    }

    @Test
    void aProgramThatIgnoresTheRequestIsEndedByForce() throws Exception {
        process = new ProcessBuilder("sh", "-c", "trap '' TERM; echo ready; read line").start();
        assertEquals('r', process.getInputStream().read()); // the trap is set

        ActionReport report = end(process.pid());

        assertEquals(Outcome.SUCCEEDED, report.outcome());
        assertTrue(report.summary().endsWith("did not close when asked, so it was ended."), report.summary());
        assertTrue(process.waitFor(5, TimeUnit.SECONDS));
    }

    @Test
    void theSystemTandemAndWhatStartedTandemAreRefused() {
        long self = ProcessHandle.current().pid();
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();

        assertInstanceOf(Consent.Refuse.class, action.consentFor(Map.of("pid", "1")));
        assertEquals("Process " + self + " is Tandem itself; to stop it, end the session.",
                assertInstanceOf(Consent.Refuse.class, action.consentFor(Map.of("pid", Long.toString(self)))).reason());
        parent.ifPresent(p -> assertInstanceOf(Consent.Refuse.class, action.consentFor(Map.of("pid", Long.toString(p.pid())))));
    }

    @Test
    void aProcessThatDoesNotRunOrIsNotANumberIsRefused() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        assertEquals("No program with process id " + gone.pid() + " is running.",
                assertInstanceOf(Consent.Refuse.class, action.consentFor(Map.of("pid", Long.toString(gone.pid())))).reason());
        for (String bad : new String[] {"", "-1", "1; reboot", "12a", "99999999999"}) {
            assertInstanceOf(Consent.Refuse.class, action.consentFor(Map.of("pid", bad)), bad);
        }
    }

    @Test
    void aProcessThatEndedBeforeTheRunIsNotMistakenForAnother() throws Exception {
        process = new ProcessBuilder("sleep", "60").start();
        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, action.consentFor(Map.of("pid", Long.toString(process.pid()))));
        process.destroyForcibly().waitFor();

        ActionReport report = ask.run().run(ProgressSink.NONE, new CancellationToken());

        assertEquals(Outcome.SUCCEEDED, report.outcome());
        assertTrue(report.summary().endsWith("had already closed."), report.summary());
        assertFalse(process.isAlive());
    }
}
