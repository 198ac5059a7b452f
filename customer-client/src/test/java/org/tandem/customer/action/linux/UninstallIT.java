package org.tandem.customer.action.linux;

import org.tandem.shared.log.JournalEvent.Answer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.action.ActionCatalog;
import org.tandem.customer.action.ActionConsent;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.customer.action.ActionConsentRequest;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.action.RealTools;
import org.tandem.customer.action.RecordingJournal;
import org.tandem.customer.action.RecordingListener;
import org.tandem.customer.action.command.ProcessCommandRunner;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.log.LogEventTypes;

/**
 * Uninstalls a real package: builds a tiny .deb, installs it with dpkg, and removes it through the
 * whole engine, with the customer saying yes, no, or nothing. Needs root and dpkg-deb.
 */
class UninstallIT {
    private static final String PACKAGE = "tandem-test-pkg";

    @TempDir
    static Path dir;
    private static Path deb;

    private final RecordingJournal journal = new RecordingJournal();
    private final RecordingListener listener = new RecordingListener();
    private final CompletableFuture<ActionConsentRequest> asked = new CompletableFuture<>();
    private ActionEngine engine;

    @BeforeAll
    static void buildPackage() throws Exception {
        ProcessCommandRunner runner = new ProcessCommandRunner();
        RealTools.require(runner.locate("dpkg-deb").isPresent() && runner.locate("dpkg").isPresent(),
                "dpkg and dpkg-deb are needed to test uninstalling (Debian or Ubuntu)");
        RealTools.require(LinuxActions.isAdministrator(), "Uninstalling a real package needs root; run the tests as root");
        Path root = dir.resolve(PACKAGE);
        Files.createDirectories(root.resolve("DEBIAN"));
        Files.createDirectories(root.resolve("usr/share/" + PACKAGE));
        Files.writeString(root.resolve("usr/share/" + PACKAGE + "/README"), "Installed by Tandem's tests.\n");
        Files.writeString(root.resolve("DEBIAN/control"), String.join("\n",
                "Package: " + PACKAGE,
                "Version: 1.2",
                "Architecture: all",
                "Maintainer: Tandem tests <tests@tandem.invalid>",
                "Installed-Size: 3072",
                "Section: misc",
                "Priority: optional",
                "Description: Package for Tandem's uninstall test",
                " Installed and removed by the tests; safe to remove.",
                ""));
        deb = dir.resolve(PACKAGE + ".deb");
        RealTools.run(List.of("dpkg-deb", "--build", "--root-owner-group", root.toString(), deb.toString()));
    }

    @AfterAll
    static void removePackage() throws Exception {
        if (deb != null && LinuxActions.isAdministrator()) {
            RealTools.status(List.of("dpkg", "--purge", PACKAGE));
        }
    }

    @BeforeEach
    void installPackage() throws Exception {
        RealTools.run(List.of("dpkg", "--install", deb.toString()));
        assertTrue(installed(), PACKAGE + " did not install");
    }

    @AfterEach
    void closeEngine() throws Exception {
        if (engine != null) {
            engine.close();
            engine.awaitTermination(Duration.ofSeconds(30));
        }
    }

    /** The engine asks through a real consent broker, as in the app; {@code consent} plays the customer. */
    private ActionEngine engine(ActionConsent consent, Duration consentTimeout) {
        ActionCatalog catalog = LinuxActions.catalog(new ProcessCommandRunner());
        java.util.concurrent.atomic.AtomicReference<CompletableFuture<Answer>> customer =
                new java.util.concurrent.atomic.AtomicReference<>();
        ConsentBroker broker = new ConsentBroker(journal, shown -> customer.get().thenApply(
                answer -> answer == Answer.GRANTED ? Boolean.TRUE : answer == Answer.DENIED ? Boolean.FALSE : null),
                () -> () -> { }, Runnable::run, waiting -> { });
        engine = new ActionEngine(catalog, request -> {
            asked.complete(request);
            customer.set(consent.ask(request));
            return broker.ask(ConsentRequest.forAction(new IdentityVerdict.Unverified("", "", "test"),
                    request.timeout(), request.what(), request.effect(), request.requestId()));
        }, journal, listener, consentTimeout);
        return engine;
    }

    private ActionResult uninstall(String id, String program) throws Exception {
        engine.request(new ActionRequest(id, "uninstall-program", Map.of("program", program)));
        return listener.result(id);
    }

    private static boolean installed() throws Exception {
        if (RealTools.status(List.of("dpkg", "-s", PACKAGE)) != 0) {
            return false;
        }
        return RealTools.run(List.of("dpkg", "-s", PACKAGE)).contains("Status: install ok installed");
    }

    @Test
    void withConsentThePackageIsRemoved() throws Exception {
        engine(request -> CompletableFuture.completedFuture(Answer.GRANTED), Duration.ofSeconds(60));

        ActionResult result = uninstall("u1", PACKAGE);

        assertEquals(Outcome.SUCCEEDED, result.outcome(), result.summary() + " " + result.lines());
        assertEquals(0, result.exitStatus());
        assertEquals("Removed “tandem-test-pkg” version 1.2 (3 MB).", result.summary());
        assertTrue(result.lines().stream().anyMatch(l -> l.contains("Removing " + PACKAGE)), result.lines().toString());
        assertFalse(installed(), "dpkg -s still says it is installed");
        assertTrue(asked.get().promptText().startsWith("Uninstall “tandem-test-pkg” version 1.2 (3 MB). This removes "
                + "the program from this computer"), asked.get().promptText());
        assertEquals(List.of(LogEventTypes.ACTION_REQUESTED, LogEventTypes.CONSENT_ASKED, LogEventTypes.CONSENT_GRANTED,
                LogEventTypes.ACTION_STARTED, LogEventTypes.ACTION_RESULT), journal.order());
        assertEquals("uninstall “tandem-test-pkg” version 1.2 (3 MB)",
                journal.last(LogEventTypes.CONSENT_GRANTED).details().get("for"));
    }

    @Test
    void whenTheCustomerSaysNoThePackageStays() throws Exception {
        engine(request -> CompletableFuture.completedFuture(Answer.DENIED), Duration.ofSeconds(60));

        ActionResult result = uninstall("u2", PACKAGE);

        assertEquals(Outcome.DENIED, result.outcome());
        assertTrue(installed());
        assertFalse(journal.order().contains(LogEventTypes.ACTION_STARTED));
    }

    @Test
    void whenNobodyAnswersThePackageStays() throws Exception {
        engine(request -> new CompletableFuture<>(), Duration.ofMillis(500));

        ActionResult result = uninstall("u3", PACKAGE);

        assertEquals(Outcome.TIMED_OUT, result.outcome());
        assertTrue(installed());
        assertTrue(journal.order().contains(LogEventTypes.CONSENT_TIMED_OUT));
    }

    @Test
    void aPromptAnsweringNullLeavesThePackage() throws Exception {
        engine(request -> CompletableFuture.completedFuture(Answer.TIMED_OUT), Duration.ofSeconds(60));

        assertEquals(Outcome.TIMED_OUT, uninstall("u4", PACKAGE).outcome());
        assertTrue(installed());
    }

    @Test
    void aProgramThatIsNotInstalledFailsWithoutAsking() throws Exception {
        engine(request -> CompletableFuture.completedFuture(Answer.GRANTED), Duration.ofSeconds(60));

        ActionResult result = uninstall("u5", "tandem-no-such-package");

        assertEquals(Outcome.FAILED, result.outcome());
        assertEquals("No program called “tandem-no-such-package” is installed on this computer.", result.summary());
        assertFalse(asked.isDone());
    }

    @Test
    void partOfTheSystemIsRefusedWithoutAsking() throws Exception {
        engine(request -> CompletableFuture.completedFuture(Answer.GRANTED), Duration.ofSeconds(60));

        ActionResult result = uninstall("u6", "bash");

        assertEquals(Outcome.FAILED, result.outcome());
        assertEquals("“bash” is part of the operating system itself; Tandem will not remove it.", result.summary());
        assertFalse(asked.isDone());
        assertEquals(0, RealTools.status(List.of("dpkg", "-s", "bash")));
    }
}
