package org.tandem.customer.action;

import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.log.JournalEvent;

/**
 * How the engine's requests end, recorded and then told: once each, the technician the summary and the
 * customer their own words where there are any (decision 0043); a request refused before anyone was asked
 * is put on record as requested first. Also tells the listener quietly: a listener that fails is logged,
 * never let loose on the engine's threads.
 */
final class RequestReports {
    private static final Logger LOG = LoggerFactory.getLogger(RequestReports.class);
    /** Tandem: it runs what was asked for and allowed, and reports how it ended (decision 0033). */
    private static final String SYSTEM = "system";

    private final BiPredicate<String, JournalEvent> record;
    private final String asker;
    private final ActionListener listener;
    private final Map<String, PendingRequest> active;

    /** {@code record}: writes one event by one actor; {@code active}: the engine's requests under way. */
    RequestReports(BiPredicate<String, JournalEvent> record, String asker, ActionListener listener,
            Map<String, PendingRequest> active) {
        this.record = Objects.requireNonNull(record, "record");
        this.asker = Objects.requireNonNull(asker, "asker");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.active = Objects.requireNonNull(active, "active");
    }

    /** Records and reports a request that ends before anyone is asked; {@code descriptor} is null when unknown. */
    void refuse(PendingRequest run, ActionDescriptor descriptor, String what, Outcome outcome, String summary) {
        refuse(run, descriptor, what, outcome, summary, "");
    }

    /** As above, with the customer's own words for why where the summary is the technician's ("" for none). */
    void refuse(PendingRequest run, ActionDescriptor descriptor, String what, Outcome outcome, String summary,
            String toCustomer) {
        refuse(run, descriptor, what, () -> { }, outcome, summary, toCustomer);
    }

    /** As above, with {@code onRecord} run once the request is on record and before anything else is. */
    void refuse(PendingRequest run, ActionDescriptor descriptor, String what, Runnable onRecord, Outcome outcome,
            String summary, String toCustomer) {
        run.what = what;
        record.test(asker, run.requestedEvent(descriptor));
        onRecord.run();
        tell(() -> listener.requested(run.request.requestId(), descriptor == null ? null : descriptor.risk(), what));
        finish(run, ActionResult.of(run.request.requestId(), outcome, summary), toCustomer);
    }

    void finish(PendingRequest run, ActionResult result) {
        finish(run, result, "");
    }

    /**
     * Records and reports how a request ended, once; later reports (after giving up) are dropped. The
     * technician is told the summary; the customer {@code toCustomer} where it is not "" (decision 0043).
     */
    void finish(PendingRequest run, ActionResult result, String toCustomer) {
        if (!run.finished.compareAndSet(false, true)) {
            return;
        }
        active.remove(run.request.requestId(), run);
        record.test(SYSTEM, new JournalEvent.ActionResult(run.request.requestId(), run.what, result.summary(),
                ActionOutcomeWords.outcomeWord(result.outcome()), result.outcome().name(), result.exitStatus(),
                toCustomer));
        tell(() -> listener.finished(result, toCustomer));
    }

    /** Calls the listener; a failure is logged and goes no further. */
    static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("An action listener failed", e);
        }
    }
}
