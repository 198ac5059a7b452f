package org.tandem.customer.action.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.ProgressSink;
import org.tandem.customer.action.command.CommandResult;
import org.tandem.customer.action.command.FakeCommandRunner;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;

class DpkgUninstallTest {
    private static final List<String> QUERY = List.of("/usr/bin/dpkg-query", "-W", "-f=" + Dpkg.FORMAT);
    private final FakeCommandRunner runner = new FakeCommandRunner();
    private final Dpkg dpkg = new Dpkg(runner, Path.of("/usr/bin/dpkg-query"));
    private final DpkgUninstall uninstall = new DpkgUninstall(runner, dpkg, List.of(), Path.of("/usr/bin/dpkg"));

    private void installed(String line) {
        runner.when(QUERY, List.of(line), 0);
    }

    @Test
    void theQuestionNamesTheProgramItsVersionAndSize() {
        installed("foo\t1.2\t3072\tii \tno\toptional\tA test program");

        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, uninstall.consentFor(Map.of("program", "foo")));

        assertEquals("Uninstall “foo” version 1.2 (3 MB)", ask.what());
        assertTrue(ask.promptText().startsWith("Uninstall “foo” version 1.2 (3 MB). This removes the program"));
        assertEquals(List.of(List.of("/usr/bin/dpkg-query", "-W", "-f=" + Dpkg.FORMAT, "--", "foo")), runner.arguments());
    }

    @Test
    void removalRunsDpkgWithTheNameAfterDoubleDash() throws Exception {
        AtomicBoolean removed = new AtomicBoolean();
        runner.when(QUERY, command -> new FakeCommandRunner.Reply(List.of(removed.get()
                ? "foo\t1.2\t3072\tun \tno\toptional\tA test program"
                : "foo\t1.2\t3072\tii \tno\toptional\tA test program"), 0));
        runner.when(List.of("/usr/bin/dpkg", "--remove"), command -> {
            removed.set(true);
            return new FakeCommandRunner.Reply(List.of("Removing foo (1.2) ..."), 0);
        });
        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, uninstall.consentFor(Map.of("program", "foo")));

        ActionReport report = ask.run().run(ProgressSink.NONE, new CancellationToken());

        assertEquals(Outcome.SUCCEEDED, report.outcome());
        assertEquals("Removed “foo” version 1.2 (3 MB).", report.summary());
        assertEquals(List.of("Removing foo (1.2) ..."), report.lines());
        assertEquals(List.of("/usr/bin/dpkg", "--remove", "--", "foo"), runner.arguments().get(1));
        assertEquals("noninteractive", runner.commands.get(1).environment().get("DEBIAN_FRONTEND"));
    }

    @Test
    void aRemovalThatDpkgRefusesIsAFailureThatSaysWhy() throws Exception {
        installed("foo\t1.2\t3072\tii \tno\toptional\tA test program");
        runner.when(List.of("/usr/bin/dpkg", "--remove"), List.of(
                "dpkg: dependency problems prevent removal of foo:", " bar depends on foo.", "",
                "dpkg: error processing package foo (--remove):", " dependency problems - not removing",
                "Errors were encountered while processing:", " foo"), 1);
        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, uninstall.consentFor(Map.of("program", "foo")));

        ActionReport report = ask.run().run(ProgressSink.NONE, new CancellationToken());

        assertEquals(Outcome.FAILED, report.outcome());
        assertEquals(1, report.exitStatus());
        assertEquals("“foo” version 1.2 (3 MB) was not removed: dpkg ended with status 1. "
                + "dpkg: dependency problems prevent removal of foo:", report.summary());
    }

    @Test
    void aRemovalThatRanOutOfTimeSaysSoAndNoExitStatus() throws Exception {
        installed("foo\t1.2\t3072\tii \tno\toptional\tA test program");
        runner.when(List.of("/usr/bin/dpkg", "--remove"), command -> new FakeCommandRunner.Reply(
                List.of("Removing foo (1.2) ..."), 143, CommandResult.Ending.TIMED_OUT));
        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, uninstall.consentFor(Map.of("program", "foo")));

        ActionReport report = ask.run().run(ProgressSink.NONE, new CancellationToken());

        assertEquals(Outcome.TIMED_OUT, report.outcome());
        assertEquals(ActionResult.NO_EXIT_STATUS, report.exitStatus());
        assertEquals("“foo” version 1.2 (3 MB) was not removed: dpkg did not finish in time and was stopped.",
                report.summary());
    }

    @Test
    void elevationGoesInFrontOfDpkg() throws Exception {
        DpkgUninstall elevated = new DpkgUninstall(runner, dpkg, List.of("/usr/bin/pkexec"), Path.of("/usr/bin/dpkg"));
        installed("foo\t1.2\t3072\tii \tno\toptional\tA test program");
        runner.when(List.of("/usr/bin/pkexec"), List.of(), 126);
        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, elevated.consentFor(Map.of("program", "foo")));

        ActionReport report = ask.run().run(ProgressSink.NONE, new CancellationToken());

        assertEquals(List.of("/usr/bin/pkexec", "/usr/bin/dpkg", "--remove", "--", "foo"), runner.arguments().get(1));
        assertEquals(Outcome.FAILED, report.outcome());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-r", "--purge", "foo bar", "foo;rm -rf /", "Foo", "foo/../bar", "$(reboot)", "f",
            "foo\nbar", "fóo"})
    void badNamesAreRefusedBeforeAnyCommandRuns(String name) {
        Consent.Refuse refused = assertInstanceOf(Consent.Refuse.class, uninstall.consentFor(Map.of("program", name)));

        assertTrue(refused.reason().contains("is not a package name"), refused.reason());
        assertTrue(runner.commands.isEmpty());
    }

    @Test
    void aProgramThatIsNotInstalledIsRefused() {
        runner.when(QUERY, List.of("dpkg-query: no packages found matching nope"), 1);

        Consent.Refuse refused = assertInstanceOf(Consent.Refuse.class, uninstall.consentFor(Map.of("program", "nope")));

        assertEquals("No program called “nope” is installed on this computer.", refused.reason());
    }

    @Test
    void aProgramWhoseSettingsAloneRemainIsNotInstalled() {
        installed("foo\t1.2\t\trc \tno\toptional\tA test program");
        assertInstanceOf(Consent.Refuse.class, uninstall.consentFor(Map.of("program", "foo")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"libc6\t2.36-9\t12000\tii \tyes\trequired\tGNU C Library",
            "dash\t0.5.12\t200\tii \tyes\toptional\tshell", "mawk\t1.3.4\t200\tii \tno\trequired\tawk"})
    void partsOfTheSystemAreRefused(String line) {
        installed(line);
        String name = line.substring(0, line.indexOf('\t'));

        Consent.Refuse refused = assertInstanceOf(Consent.Refuse.class, uninstall.consentFor(Map.of("program", name)));

        assertEquals("“" + name + "” is part of the operating system itself; Tandem will not remove it.", refused.reason());
    }

    @Test
    void packageLinesParse() {
        Dpkg.Package parsed = Dpkg.parse("tandem-test-pkg\t1.2\t3072\tii \tno\toptional\tTest package for Tandem").orElseThrow();
        assertEquals(new Dpkg.Package("tandem-test-pkg", "1.2", 3072, "ii ", false, "optional", "Test package for Tandem"),
                parsed);
        assertTrue(parsed.installed());
        assertEquals(3072L * 1024, parsed.program().size());
        assertTrue(Dpkg.parse("not enough\tfields").isEmpty());
        assertEquals(-1, Dpkg.parse("x\t1\tbig\tii \tno\toptional\ty").orElseThrow().installedKib());
    }
}
