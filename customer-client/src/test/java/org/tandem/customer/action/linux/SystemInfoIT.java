package org.tandem.customer.action.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.action.RecordingJournal;
import org.tandem.customer.action.RecordingListener;
import org.tandem.customer.action.command.ProcessCommandRunner;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.log.LogEventTypes;

/** Reads this computer's real system information and running programs through the engine. */
class SystemInfoIT {
    private final RecordingJournal journal = new RecordingJournal();
    private final RecordingListener listener = new RecordingListener();
    private final ActionEngine engine = new ActionEngine(LinuxActions.catalog(new ProcessCommandRunner()), request -> {
        throw new AssertionError("asked about a read action");
    }, journal, listener);

    @AfterEach
    void close() throws Exception {
        engine.close();
        engine.awaitTermination(Duration.ofSeconds(30));
    }

    private ActionResult read(String action) throws Exception {
        engine.request(new ActionRequest("r1", action, Map.of()));
        return listener.result("r1");
    }

    private static Optional<String> value(ActionResult result, String item) {
        return result.table().rows().stream().filter(r -> r.get(0).equals(item)).map(r -> r.get(1)).findFirst();
    }

    @Test
    void systemInformationComesFromThisComputer() throws Exception {
        ActionResult result = read("system-info");

        assertEquals(Outcome.SUCCEEDED, result.outcome());
        String release = Files.readString(Path.of("/etc/os-release"));
        String os = value(result, "Operating system").orElseThrow();
        assertTrue(release.contains(os), os + " is not in /etc/os-release");
        assertEquals(System.getProperty("os.version"), value(result, "Kernel").orElseThrow());
        assertTrue(value(result, "Processor").orElseThrow().matches(".* × [0-9]+"), value(result, "Processor").get());
        assertTrue(value(result, "Memory").orElseThrow().matches("[0-9.]+ [KMGT]B in all, [0-9.]+ [KMGT]B available"),
                value(result, "Memory").get());
        assertTrue(value(result, "Up for").isPresent());
        assertTrue(result.table().rows().stream().anyMatch(r -> r.get(0).startsWith("Disk ")), result.table().rows().toString());
        assertTrue(result.summary().startsWith(os + "; "), result.summary());
        assertEquals(List.of(LogEventTypes.ACTION_REQUESTED, LogEventTypes.ACTION_STARTED, LogEventTypes.ACTION_RESULT),
                journal.order());
    }

    @Test
    void runningProgramsIncludeThisOne() throws Exception {
        ActionResult result = read("running-processes");

        assertEquals(Outcome.SUCCEEDED, result.outcome());
        assertEquals(List.of("PID", "Name", "User", "Processor now", "Processor time", "Memory"), result.table().columns());
        assertTrue(result.table().rows().size() >= 1 && result.table().rows().size() <= 40);
        assertTrue(result.summary().matches("[0-9,]+ programs? (is|are) running\\..*"), result.summary());
        ProcParser.Stat self = ProcParser.stat(Files.readString(Path.of("/proc/self/stat"))).orElseThrow();
        assertTrue(self.pid() > 0);
    }

    @Test
    void theCatalogNamesThisSystem() {
        assertEquals(new LinuxSystemInfo().osName(), engine.catalogMessage().os());
        assertEquals(List.of("system-info", "installed-programs", "running-processes", "malware-scan", "disk-usage",
                "uninstall-program", "end-process", "empty-temp-folder"),
                engine.catalogMessage().actions().stream().map(a -> a.id()).toList());
    }
}
