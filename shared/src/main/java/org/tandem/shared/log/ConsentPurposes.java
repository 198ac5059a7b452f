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
    /** The screen, when the customer pauses sharing (withdrawn) and shares it again (given). */
    public static final String SHARING = "see your screen";
    /** The screen shared again after a pause. */
    public static final String SHARING_AGAIN = "see your screen again";

    /** {@link #SESSION} as the technician's records say it. */
    public static final String SESSION_FOR_TECHNICIAN = "see the customer's screen and basic information about their "
            + "computer (system details, installed programs, running programs)";
    /** {@link #CONTROL} as the technician's records say it. */
    public static final String CONTROL_FOR_TECHNICIAN = "control the customer's mouse and keyboard";

    private ConsentPurposes() {}

    /**
     * A purpose from either journal in the technician's words: the session-wide permissions speak of
     * the customer's screen instead of "your screen"; an action's or a step's purpose names its
     * target and stays as it is.
     */
    public static String forTechnician(String purpose) {
        return switch (purpose) {
            case SESSION -> SESSION_FOR_TECHNICIAN;
            case CONTROL -> CONTROL_FOR_TECHNICIAN;
            case SHARING -> "see the customer's screen";
            case SHARING_AGAIN -> "see the customer's screen again";
            default -> purpose;
        };
    }
}
