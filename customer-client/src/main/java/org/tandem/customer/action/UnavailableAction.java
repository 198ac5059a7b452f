package org.tandem.customer.action;

import java.util.Map;
import java.util.Objects;
import org.tandem.shared.action.ActionDescriptor;

/**
 * A catalog entry this computer cannot run, with the reason in plain words: exactly what is missing for the
 * technician, and calm words for the customer ({@link NotPossibleHere}, decision 0045).
 */
public final class UnavailableAction implements Action {
    private final ActionDescriptor descriptor;
    private final String toCustomer;

    public UnavailableAction(ActionDescriptor descriptor, String reason, String toCustomer) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor").unavailable(reason);
        this.toCustomer = Objects.requireNonNull(toCustomer, "toCustomer");
        if (toCustomer.isBlank()) {
            throw new IllegalArgumentException("The customer is told why too");
        }
    }

    /** Why it cannot be done here, for the customer. */
    public String toCustomer() {
        return toCustomer;
    }

    @Override
    public ActionDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Consent consentFor(Map<String, String> parameters) {
        return new Consent.Refuse(descriptor.unavailableReason(), toCustomer);
    }
}
