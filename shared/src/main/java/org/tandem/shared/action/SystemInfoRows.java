package org.tandem.shared.action;

import java.util.Optional;

/**
 * Names of rows in the customer's system-information result that the console reads as well as
 * shows: the console names a customer who gave no name by their computer's name.
 */
public final class SystemInfoRows {
    /** The catalog id of the system-information look, the same on every platform. */
    public static final String ACTION_ID = "system-info";
    /** The computer's own name, as its owner set it (the host name). */
    public static final String COMPUTER_NAME = "Computer name";

    private SystemInfoRows() {}

    /** The computer's name in a system-information table (one row a fact: name, value); empty when it gives none. */
    public static Optional<String> computerName(ActionTable table) {
        return table.rows().stream()
                .filter(row -> row.size() >= 2 && row.get(0).equals(COMPUTER_NAME) && !row.get(1).isBlank())
                .map(row -> row.get(1).strip()).findFirst();
    }
}
