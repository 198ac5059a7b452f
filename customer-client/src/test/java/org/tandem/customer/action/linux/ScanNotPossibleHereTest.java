package org.tandem.customer.action.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.ActionCatalog;
import org.tandem.customer.action.ActionDescriptors;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.action.RecordingJournal;
import org.tandem.customer.action.RecordingListener;
import org.tandem.customer.action.command.FakeCommandRunner;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.log.LogEventTypes;

/**
 * A scan this computer cannot run (ClamAV is not installed) is explained to the customer in plain, calm
 * words, while the technician keeps the exact reason (decision 0045).
 */
class ScanNotPossibleHereTest {
    private final ActionCatalog catalog = LinuxActions.catalog(new FakeCommandRunner().has("dpkg-query").has("dpkg"),
            Optional.empty());
    private final RecordingJournal journal = new RecordingJournal();
    private final RecordingListener listener = new RecordingListener();
    private ActionEngine engine;

    @AfterEach
    void close() throws InterruptedException {
        if (engine != null) {
            engine.close();
            assertTrue(engine.awaitTermination(Duration.ofSeconds(20)));
        }
    }

    @Test
    void theCatalogHasPlainWordsForTheCustomerForWhatItCannotRun() {
        String technician = catalog.find(ActionDescriptors.MALWARE_SCAN).orElseThrow().descriptor().unavailableReason();
        String customer = catalog.notPossibleHere().get(ActionDescriptors.MALWARE_SCAN);

        assertTrue(technician.contains("clamscan"), "the technician is not told exactly what is missing: " + technician);
        assertEquals("Tandem cannot scan this computer for malware: the scanner it works with is not installed here.",
                customer);
        assertFalse(catalog.notPossibleHere().containsKey(ActionDescriptors.DISK_USAGE), "what can run is said not to");
        catalog.notPossibleHere().values().forEach(words -> assertFalse(words.contains("(") || words.contains(".exe")
                || words.contains("clamscan") || words.contains("dpkg"), "technical words for the customer: " + words));
    }

    @Test
    void aRequestForTheScanTellsTheCustomerWhyInTheirOwnWords() throws Exception {
        engine = new ActionEngine(catalog, request -> new CompletableFuture<>(), journal, listener);

        engine.request(new ActionRequest("r1", ActionDescriptors.MALWARE_SCAN, Map.of("folders", "/home")));

        assertEquals(Outcome.UNAVAILABLE, listener.result("r1").outcome());
        RecordingJournal.Event result = journal.last(LogEventTypes.ACTION_RESULT);
        assertTrue(String.valueOf(result.details().get("result")).contains("clamscan"), result.details().toString());
        assertEquals("Tandem cannot scan this computer for malware: the scanner it works with is not installed here.",
                result.details().get("toCustomer"));
    }
}
