package org.tandem.shared.log;

/**
 * What the session-wide permissions are for, in the customer's words, the same on both sides so
 * that the two journals and their recaps name a permission alike.
 */
public final class ConsentPurposes {
    /** Starting the session: the screen and the looks. */
    public static final String SESSION =
            "see your screen and basic information about your computer (system details, installed programs, running programs)";
    /** Remote control. */
    public static final String CONTROL = "control your mouse and keyboard";

    private ConsentPurposes() {}
}
