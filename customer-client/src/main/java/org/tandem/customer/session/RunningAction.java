package org.tandem.customer.session;

import java.util.Objects;
import org.tandem.shared.action.ActionProgress;
import org.tandem.shared.action.ActionRisk;

/**
 * An action that runs on the customer's computer now, as their window shows it while it runs.
 *
 * @param requestId the technician's request, which the customer's Stop names
 * @param what the action and its exact target, as the customer allowed it: "Measure what fills “/”"
 * @param risk a look, a scan or a change
 * @param stoppable whether it can be stopped while it runs; an uninstall, once started, cannot
 * @param percent how far it is, 0 to 100, or {@link ActionProgress#UNKNOWN} when it does not say
 * @param line what it last said it does ("12,000 files measured; now in /usr/lib"); "" before it said anything
 */
public record RunningAction(String requestId, String what, ActionRisk risk, boolean stoppable, int percent,
        String line) {
    public RunningAction {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(line, "line");
    }

    RunningAction progressed(ActionProgress progress) {
        return new RunningAction(requestId, what, risk, stoppable, progress.percent(), progress.line());
    }
}
