package org.tandem.customer.action;

import java.time.Duration;
import java.util.Map;
import org.tandem.shared.action.ActionDescriptor;

/**
 * One thing the technician can do on the customer's computer. Implementations check every
 * parameter strictly in {@link #consentFor} and change nothing there; the work happens only in the
 * {@link ActionRun} it returns, which the engine starts after the customer said yes (for scans and
 * changes) and after the decision is in the session log.
 */
public interface Action {

    ActionDescriptor descriptor();

    /**
     * Checks the parameters against this computer and says exactly what would be done, or why not.
     * Runs on an engine thread; may read the disk or run a read-only command.
     */
    Consent consentFor(Map<String, String> parameters);

    /** How long a run may take before it is stopped. */
    default Duration timeout() {
        return switch (descriptor().risk()) {
            case READ -> Duration.ofMinutes(2);
            case SCAN -> Duration.ofHours(4);
            case CHANGE -> Duration.ofMinutes(15);
        };
    }
}
