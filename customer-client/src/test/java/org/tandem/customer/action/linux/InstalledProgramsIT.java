package org.tandem.customer.action.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.action.RealTools;
import org.tandem.customer.action.RecordingJournal;
import org.tandem.customer.action.RecordingListener;
import org.tandem.customer.action.command.ProcessCommandRunner;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;

/** Lists this computer's real Debian packages through the engine and checks them against dpkg-query. */
class InstalledProgramsIT {
    private final RecordingListener listener = new RecordingListener();
    private final ActionEngine engine = new ActionEngine(LinuxActions.catalog(new ProcessCommandRunner()), request -> {
        throw new AssertionError("asked about a read action");
    }, new RecordingJournal(), listener);

    @BeforeAll
    static void needsDpkg() {
        RealTools.require(new ProcessCommandRunner().locate("dpkg-query").isPresent(),
                "dpkg-query is not installed (this test needs Debian or Ubuntu)");
    }

    @AfterEach
    void close() throws Exception {
        engine.close();
        engine.awaitTermination(Duration.ofSeconds(30));
    }

    private ActionResult list(Map<String, String> parameters) throws Exception {
        engine.request(new ActionRequest("p1", "installed-programs", parameters));
        return listener.result("p1");
    }

    @Test
    void everyInstalledPackageIsCounted() throws Exception {
        long installed = RealTools.run(List.of("dpkg-query", "-W", "-f=${db:Status-Abbrev}\\n")).lines()
                .filter(status -> status.startsWith("ii")).count();

        ActionResult result = list(Map.of());

        assertEquals(Outcome.SUCCEEDED, result.outcome());
        assertTrue(result.summary().startsWith(String.format("%,d programs are installed", installed)), result.summary());
        assertEquals(installed, result.table().rows().size() + result.table().omittedRows());
    }

    @Test
    void aFilterFindsBashWithItsRealVersion() throws Exception {
        String version = RealTools.run(List.of("dpkg-query", "-W", "-f=${Version}", "bash"));

        ActionResult result = list(Map.of("filter", "bash"));

        List<String> bash = result.table().rows().stream().filter(r -> r.get(0).equals("bash")).findFirst().orElseThrow();
        assertEquals(version, bash.get(1));
        assertTrue(bash.get(2).matches("[0-9.]+ [KMG]B"), bash.get(2));
        assertEquals("bash", bash.get(3));
        assertTrue(result.summary().matches("[0-9,]+ of [0-9,]+ installed programs match(es)? “bash”\\."), result.summary());
    }
}
