package org.tandem.customer.action;

/**
 * What the customer reads of an action this computer cannot run, where the technician reads exactly what
 * is missing: calm and plain, with no program, package or file names unless they help the customer
 * (decision 0045). Shown under a plan step that runs such an action, and as the end of a request for it.
 */
public final class NotPossibleHere {
    public static final String NO_MALWARE_SCANNER =
            "Tandem cannot scan this computer for malware: the scanner it works with is not installed here.";
    public static final String SCANNER_NOT_READY = "Tandem cannot scan this computer for malware yet: the scanner "
            + "has not downloaded its list of known threats.";
    public static final String NO_PROGRAM_LIST = "Tandem cannot read the list of programs on this computer.";
    public static final String CANNOT_REMOVE_PROGRAMS = "Tandem cannot remove programs on this computer.";
    public static final String NO_WAY_TO_ASK_ADMIN = "Tandem cannot remove programs here: it has no way to ask for "
            + "the administrator's permission that this needs.";
    public static final String NOT_ON_A_MAC_YET =
            "Tandem cannot remove programs on a Mac yet; you can drag an app from Applications to the Bin.";
    public static final String NO_TEMP_FOLDER = "Tandem could not find the folder for temporary files on this computer.";
    public static final String NOT_ON_THIS_SYSTEM = "Tandem cannot do this on this computer's operating system yet.";

    private NotPossibleHere() {}
}
