package org.tandem.customer.control;

import org.tandem.shared.message.InputEvent;

/** Hears about input events that could not be injected, so the session log says so. */
@FunctionalInterface
public interface InjectionListener {

    /** This event was not injected, for this reason (for the log, in plain words). */
    void notInjected(InputEvent event, String reason);
}
