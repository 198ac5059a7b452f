package org.tandem.customer.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tandem.customer.action.ActionListener;
import org.tandem.shared.action.ActionProgress;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;

/**
 * What runs on the customer's computer at this moment: each action from its start to its end, with
 * its progress as the technician gets it. Every change is told as the whole list, oldest first, and in
 * the order the changes came (under one lock, to a listener that only hands the list on), so the
 * window never shows a stale or half-made state; an action leaves the list with its result, whoever
 * stopped it.
 */
final class RunningActions implements ActionListener {
    private final Consumer<List<RunningAction>> shown;
    /** What each request is and how risky, from its arrival until it ends. */
    private final Map<String, RunningAction> known = new LinkedHashMap<>();
    private final Map<String, RunningAction> running = new LinkedHashMap<>();

    /** @param shown hears the whole list at each change; it must only hand it on (to the FX thread) */
    RunningActions(Consumer<List<RunningAction>> shown) {
        this.shown = shown;
    }

    @Override
    public synchronized void requested(String requestId, ActionRisk risk, String what) {
        if (risk != null) {
            known.put(requestId, new RunningAction(requestId, what, risk, false, ActionProgress.UNKNOWN, ""));
        }
    }

    @Override
    public synchronized void started(String requestId, boolean cancellable) {
        RunningAction asked = known.get(requestId);
        if (asked != null) {
            running.put(requestId, new RunningAction(requestId, asked.what(), asked.risk(), cancellable,
                    ActionProgress.UNKNOWN, ""));
            shown.accept(List.copyOf(running.values()));
        }
    }

    @Override
    public synchronized void progressed(ActionProgress progress) {
        RunningAction was = running.get(progress.requestId());
        if (was != null) {
            running.put(progress.requestId(), was.progressed(progress));
            shown.accept(List.copyOf(running.values()));
        }
    }

    @Override
    public synchronized void finished(ActionResult result) {
        known.remove(result.requestId());
        if (running.remove(result.requestId()) != null) {
            shown.accept(List.copyOf(running.values()));
        }
    }
}
