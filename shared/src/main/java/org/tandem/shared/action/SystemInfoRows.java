package org.tandem.shared.action;

/**
 * Names of rows in the customer's system-information result that the console reads as well as
 * shows: the console names a customer who gave no name by their computer's name.
 */
public final class SystemInfoRows {
    /** The computer's own name, as its owner set it (the host name). */
    public static final String COMPUTER_NAME = "Computer name";

    private SystemInfoRows() {}
}
