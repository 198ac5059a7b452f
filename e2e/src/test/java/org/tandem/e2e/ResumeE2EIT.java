package org.tandem.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.tandem.customer.session.CustomerState;
import org.tandem.shared.log.CrossCheck;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.SessionLogVerifier;

/**
 * A session over a real relay whose customer connection is really cut while the technician is in
 * control: both apps' session cores resume it through the relay (decision 0013), control comes back
 * only after a new yes, and the two logs still cross-check as consistent.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ResumeE2EIT {
    private static final Duration WINDOW = Duration.ofMinutes(2);
    /** How long the customer may hold control after the loss was noticed (a cut is noticed at once). */
    private static final Duration REVOKED_WITHIN = Duration.ofSeconds(1);

    @Test
    void aCutConnectionIsResumedControlNeedsANewYesAndTheLogsCrossCheck(@TempDir Path dir) throws Exception {
        ExecutorService workers = Executors.newCachedThreadPool();
        try (FaultRig rig = FaultRig.withRelayInProcess(dir);
                PairedSession session = PairedSession.pairResumable(dir.resolve("session"), rig, workers, WINDOW)) {
            session.takeControl(PairedSession.STEP);

            long cut = rig.proxy().cut();
            assertTrue(cut > 0, "the proxy cut the customer's connection");

            session.watch().await("the customer has their mouse and keyboard back", REVOKED_WITHIN,
                    () -> !session.customerControl().gate().isGranted());
            session.watch().await("both sides resumed", PairedSession.STEP,
                    () -> logHas(session, LogEventTypes.CONNECTION_RESUMED));
            assertEquals(ControlState.VIEW_ONLY, session.technician().control(), "control did not survive the gap");
            session.watch().await("the customer shares the screen again", PairedSession.STEP,
                    () -> session.customer().state() == CustomerState.SHARING);
            session.awaitFrames(2, PairedSession.STEP);
            assertEquals(AgentState.VIEWING, session.technician().state());

            session.takeControl(PairedSession.STEP);
            session.endByCustomer();

            List<String> customerLog = Files.readAllLines(session.customerLog());
            assertEquals(2, customerLog.stream().filter(line -> line.contains("\"type\":\"consent.granted\"")
                    && line.contains("control your mouse and keyboard")).count(), "control was allowed twice: " + customerLog);
            int lost = indexOf(customerLog, LogEventTypes.CONNECTION_LOST);
            int stopped = indexOf(customerLog, LogEventTypes.CONTROL_STOPPED);
            int resumed = indexOf(customerLog, LogEventTypes.CONNECTION_RESUMED);
            assertTrue(lost >= 0 && stopped > lost && resumed > stopped, "lost, control stopped, resumed, in order");
            assertTrue(indexOf(Files.readAllLines(session.technicianLog()), LogEventTypes.CONNECTION_RESUMED) >= 0);
            CrossCheck cross = SessionLogVerifier.crossCheck(session.customerLog(), session.technicianLog());
            assertTrue(cross.consistent(), cross.problems().toString());
        } finally {
            workers.shutdownNow();
        }
    }

    private static boolean logHas(PairedSession session, String type) {
        try {
            return indexOf(Files.readAllLines(session.customerLog()), type) >= 0
                    && indexOf(Files.readAllLines(session.technicianLog()), type) >= 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static int indexOf(List<String> lines, String type) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"type\":\"" + type + "\"")) {
                return i;
            }
        }
        return -1;
    }
}
