package org.tandem.customer.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.customer.action.command.FakeCommandRunner;
import org.tandem.customer.action.common.DiskUsage;
import org.tandem.customer.action.linux.Dpkg;
import org.tandem.customer.action.linux.DpkgUninstall;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionRisk;

/**
 * The customer's question promises a Stop for an action that can be stopped while it runs, and says
 * that one that cannot be stopped cannot: for each risk that is asked about, whether the catalog says
 * it can be cancelled, and for the real actions, whose own words no longer speak of stopping at all.
 * The technician is told the same words the customer reads.
 */
class StopPromiseTest {
    private static final String CAN_STOP = "You can stop it at any time from Tandem's window.";
    private static final String CAN_STOP_A_CHANGE =
            "You can stop it at any time from Tandem's window; what it has done by then stays done.";
    private static final String CANNOT_STOP = "Once it starts, it cannot be stopped.";

    private final RecordingJournal journal = new RecordingJournal();
    private final RecordingListener listener = new RecordingListener();
    private final CompletableFuture<ActionConsentRequest> question = new CompletableFuture<>();
    private ActionEngine engine;
    @TempDir
    Path dir;

    @AfterEach
    void close() throws InterruptedException {
        if (engine != null) {
            engine.close();
            assertTrue(engine.awaitTermination(Duration.ofSeconds(20)));
        }
    }

    /** Asks about {@code action} as the technician would, and returns what the customer's question says it does. */
    private String effectOf(Action action, Map<String, String> parameters) throws Exception {
        engine = new ActionEngine(new ActionCatalog("Test OS", List.of(action)), request -> {
            question.complete(request);
            return new CompletableFuture<>();
        }, journal, listener);
        engine.request(new ActionRequest("r1", action.descriptor().id(), parameters));
        ActionConsentRequest asked = question.get(20, TimeUnit.SECONDS);
        assertTrue(listener.calls.contains("asked r1 " + asked.promptText()),
                "the technician is not told what the customer reads: " + listener.calls);
        return asked.effect();
    }

    @ParameterizedTest(name = "{0}, cancellable {1}")
    @CsvSource({"SCAN, true", "SCAN, false", "CHANGE, true", "CHANGE, false"})
    void theQuestionSaysWhetherItCanBeStoppedAsTheCatalogDoes(ActionRisk risk, boolean cancellable) throws Exception {
        FakeAction action = FakeAction.running("act", risk, (progress, cancel) -> ActionReport.succeeded("Done.", List.of()));

        String effect = effectOf(cancellable ? action : action.notCancellable(), Map.of("target", "it"));

        String promise = !cancellable ? CANNOT_STOP : risk == ActionRisk.SCAN ? CAN_STOP : CAN_STOP_A_CHANGE;
        assertEquals("This does it. " + promise, effect);
    }

    @Test
    void measuringADiskPromisesTheStopOnce() throws Exception {
        String effect = effectOf(new DiskUsage(), Map.of("folder", dir.toRealPath().toString()));

        assertTrue(effect.endsWith(" Nothing is changed. " + CAN_STOP), effect);
        assertEquals(effect.indexOf("stop"), effect.lastIndexOf("stop"), "the stop is promised twice: " + effect);
    }

    @Test
    void anUninstallPromisesNoStop() throws Exception {
        FakeCommandRunner runner = new FakeCommandRunner();
        runner.when(List.of("/usr/bin/dpkg-query"),
                List.of("foo\t1.2\t3072\tii \tno\toptional\tA test program"), 0);
        Action uninstall = new DpkgUninstall(runner, new Dpkg(runner, Path.of("/usr/bin/dpkg-query")), List.of(),
                Path.of("/usr/bin/dpkg"));

        String effect = effectOf(uninstall, Map.of("program", "foo"));

        assertTrue(effect.endsWith(" " + CANNOT_STOP), effect);
        assertEquals(effect.indexOf("stopped"), effect.lastIndexOf("stopped"), "said twice: " + effect);
        assertFalse(effect.contains("at any time"), effect);
    }
}
