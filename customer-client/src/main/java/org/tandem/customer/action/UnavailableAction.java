package org.tandem.customer.action;

import java.util.Map;
import java.util.Objects;
import org.tandem.shared.action.ActionDescriptor;

/** A catalog entry this computer cannot run, with the reason in plain words. */
public final class UnavailableAction implements Action {
    private final ActionDescriptor descriptor;

    public UnavailableAction(ActionDescriptor descriptor, String reason) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor").unavailable(reason);
    }

    @Override
    public ActionDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Consent consentFor(Map<String, String> parameters) {
        return new Consent.Refuse(descriptor.unavailableReason());
    }
}
