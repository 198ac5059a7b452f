package org.tandem.customer.session;

/** What the customer's session reports to its view; called from background threads. */
public interface CustomerSessionListener {

    /**
     * The session moved to a new state.
     *
     * @param detail words for the customer: who is connected, why the session ended, and so on
     */
    void stateChanged(CustomerState state, String detail);
}
