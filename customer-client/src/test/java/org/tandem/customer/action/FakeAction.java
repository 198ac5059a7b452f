package org.tandem.customer.action;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRisk;

/** An action for engine tests: its check and its run are whatever the test says. */
final class FakeAction implements Action {
    private final ActionDescriptor descriptor;
    private final Function<Map<String, String>, Consent> check;
    private final Duration timeout;

    private FakeAction(ActionDescriptor descriptor, Function<Map<String, String>, Consent> check, Duration timeout) {
        this.descriptor = descriptor;
        this.check = check;
        this.timeout = timeout;
    }

    /** An action that asks "Do “target”" and runs {@code run}. */
    static FakeAction running(String id, ActionRisk risk, ActionRun run) {
        return checking(id, risk, parameters -> new Consent.Ask(
                "Do “" + parameters.getOrDefault("target", "it") + "”", "This does it.", run));
    }

    /** An action whose check is {@code check}. */
    static FakeAction checking(String id, ActionRisk risk, Function<Map<String, String>, Consent> check) {
        return new FakeAction(new ActionDescriptor(id, "Fake " + id, risk, "Nothing real.", true, true, "", List.of()),
                check, Duration.ofSeconds(30));
    }

    FakeAction unavailable(String reason) {
        return new FakeAction(descriptor.unavailable(reason), check, timeout);
    }

    FakeAction notCancellable() {
        ActionDescriptor d = descriptor;
        return new FakeAction(new ActionDescriptor(d.id(), d.title(), d.risk(), d.touches(), false, d.available(),
                d.unavailableReason(), d.parameters()), check, timeout);
    }

    FakeAction timeout(Duration limit) {
        return new FakeAction(descriptor, check, limit);
    }

    @Override
    public ActionDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Consent consentFor(Map<String, String> parameters) {
        return check.apply(parameters);
    }

    @Override
    public Duration timeout() {
        return timeout;
    }
}
