package org.tandem.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.tandem.customer.session.CustomerState;
import org.tandem.e2e.SessionWatch.Report;
import org.tandem.e2e.SessionWatch.Side;

/** Checks what a fault did to a session against its documented {@link Outcome}, for each side. */
final class OutcomeAssertions {
    /** Once a side has noticed the loss, the customer has their mouse and keyboard back within this. */
    static final Duration REVOKED_WITHIN = Duration.ofSeconds(1);
    /** How long a resumed session may take to show the screen again (the resume window is longer; this is loopback). */
    static final Duration RESUMED_WITHIN = Duration.ofSeconds(30);

    private OutcomeAssertions() {}

    /**
     * Asserts the expected outcome of a fault that hit {@code session} at {@code faultAt}
     * ({@link System#nanoTime()}) and that the apps can notice only after {@code detectedWithin} (zero
     * when a connection closes; the silence limit when one stalls). A session expected to resume
     * gets its path back through {@code clearFault} once the loss was noticed.
     */
    static void assertOutcome(Outcome expected, PairedSession session, long faultAt, Duration detectedWithin,
            FaultDrill.Step clearFault) throws Exception {
        SessionWatch watch = session.watch();
        Duration revocationLimit = detectedWithin.plus(REVOKED_WITHIN);
        if (expected instanceof Outcome.Ended ended) {
            watch.await("both sides end", revocationLimit.plus(PairedSession.STEP),
                    () -> watch.is(Side.CUSTOMER, PairedSession.STATE, CustomerState.ENDED)
                            && watch.is(Side.TECHNICIAN, PairedSession.STATE, AgentState.ENDED));
            assertControlRevoked(session, faultAt, revocationLimit);
            Report customerEnd = watch.last(Side.CUSTOMER, PairedSession.STATE).orElseThrow();
            assertTrue(firstRevocation(watch, faultAt).at() <= customerEnd.at(),
                    "control was taken back before the customer read that the session ended");
            String technicianEnd = watch.last(Side.TECHNICIAN, PairedSession.STATE).orElseThrow().detail();
            assertTrue(ended.customerReads().contains(customerEnd.detail())
                    && ended.technicianReads().contains(technicianEnd), "the customer read <" + customerEnd.detail()
                    + "> (expected " + ended.customerReads() + "), the technician read <" + technicianEnd
                    + "> (expected " + ended.technicianReads() + ")");
            assertEquals(ControlState.VIEW_ONLY, session.technician().control(), "the technician's control ended");
        } else if (expected instanceof Outcome.Resumed) {
            assertControlRevoked(session, faultAt, revocationLimit);
            clearFault.run(session);
            // Until a side notices the loss it shows the session as before the fault: the customer's side takes
            // control back a moment before it stops sharing, and the console, not knowing yet, still views frames
            // that were on their way and still holds control. The screen coming back is only news after both knew.
            watch.await("both sides noticed the lost connection", RESUMED_WITHIN,
                    () -> reportedSince(watch, Side.CUSTOMER, CustomerState.NOT_SHARING, faultAt)
                            && reportedSince(watch, Side.TECHNICIAN, AgentState.RECONNECTING, faultAt));
            long framesBefore = watch.frames();
            watch.await("the same session shows the screen again on both sides", RESUMED_WITHIN,
                    () -> session.customer().state() == CustomerState.SHARING
                            && session.technician().state() == AgentState.VIEWING && watch.frames() > framesBefore);
            assertFalse(session.customerControl().gate().isGranted(), "control is never restored without asking");
            session.takeControl(PairedSession.STEP);
        } else {
            // Screen updates still arrive and control still goes round: given back, asked for, used.
            session.awaitFrames(3, PairedSession.STEP);
            assertTrue(watch.first(r -> isRevocation(r, faultAt)).isEmpty(), "the fault did not take control away");
            assertEquals(CustomerState.SHARING, session.customer().state());
            assertEquals(AgentState.VIEWING, session.technician().state());
            session.releaseControl(PairedSession.STEP);
            session.takeControl(PairedSession.STEP);
        }
    }

    /** The customer's control was taken back within {@code limit} of the fault, and is not granted now. */
    private static void assertControlRevoked(PairedSession session, long faultAt, Duration limit)
            throws InterruptedException {
        SessionWatch watch = session.watch();
        watch.await("the customer's control is taken back", limit.plus(PairedSession.STEP),
                () -> watch.first(r -> isRevocation(r, faultAt)).isPresent());
        Duration took = Duration.ofNanos(firstRevocation(watch, faultAt).at() - faultAt);
        assertTrue(took.compareTo(limit) <= 0, "control taken back " + took.toMillis() + " ms after the fault, over "
                + limit.toMillis() + " ms");
        assertFalse(session.customerControl().gate().isGranted(), "the customer's input gate is closed");
    }

    /** Whether {@code side} reported the state {@code state} at or after {@code since}. */
    private static boolean reportedSince(SessionWatch watch, Side side, Object state, long since) {
        return watch.first(r -> r.side() == side && r.kind().equals(PairedSession.STATE)
                && r.value().equals(String.valueOf(state)) && r.at() >= since).isPresent();
    }

    private static Report firstRevocation(SessionWatch watch, long faultAt) {
        return watch.first(r -> isRevocation(r, faultAt)).orElseThrow();
    }

    private static boolean isRevocation(Report report, long faultAt) {
        return report.side() == Side.CUSTOMER && report.kind().equals(PairedSession.CONTROL)
                && report.value().equals("false") && report.at() >= faultAt;
    }
}
