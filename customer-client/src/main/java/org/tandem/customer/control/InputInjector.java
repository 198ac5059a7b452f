package org.tandem.customer.control;

import org.tandem.shared.message.InputEvent;

/**
 * Puts input events on the customer's screen. Only {@link InputGate} calls it, and only while the
 * customer allows control.
 */
public interface InputInjector {

    /** Injects one event; an event this machine cannot perform is reported, never half done silently. */
    void inject(InputEvent event);

    /** Releases every key and mouse button this injector is holding down. */
    void releaseAll();
}
