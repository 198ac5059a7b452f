package org.tandem.customer.control;

/** Tells the pointer positions remote input put the pointer at from those the customer moved it to. */
public interface InjectedPointer {

    /** Whether remote input recently moved the pointer to this position (give or take a pixel). */
    boolean injectedRecently(int x, int y);
}
