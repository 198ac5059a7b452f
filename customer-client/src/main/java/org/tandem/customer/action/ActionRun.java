package org.tandem.customer.action;

/**
 * One prepared run of an action, made by {@link Action#consentFor} for exactly the target the
 * customer is shown, so that what runs is what was agreed to.
 */
@FunctionalInterface
public interface ActionRun {

    /**
     * Does the work on the calling thread (an engine thread) and says how it went. Must return soon
     * after {@code cancel} fires: stop commands, stop walking folders.
     */
    ActionReport run(ProgressSink progress, CancellationToken cancel) throws InterruptedException;
}
