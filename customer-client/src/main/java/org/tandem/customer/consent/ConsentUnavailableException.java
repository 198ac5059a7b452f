package org.tandem.customer.consent;

/**
 * A question could not be put to the customer, or their answer could not be recorded: the answer
 * is no, and the message says why in words fit for the technician's result line.
 */
public final class ConsentUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    static final String NOT_SHOWN = "The question could not be shown to the customer, so nothing was done.";
    static final String NOT_ASKED = "This computer could not record the question, so nothing was done.";
    static final String NOT_RECORDED = "This computer could not record the customer's answer, so nothing was done.";

    ConsentUnavailableException(String message) {
        super(message);
    }
}
