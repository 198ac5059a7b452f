package org.tandem.shared.action;

/**
 * How far an action reaches into the customer's computer. Only {@link #READ} runs without asking;
 * the customer is asked before every scan and every change, with the exact target shown.
 */
public enum ActionRisk {
    /** Looks at the computer and changes nothing: system information, programs, processes. */
    READ,
    /** Reads files in depth and may take long, but changes nothing: malware and disk usage scans. */
    SCAN,
    /** Changes the computer: uninstalls a program, ends a process, deletes files. */
    CHANGE;

    /** Whether the customer must say yes before each run. */
    public boolean needsConsent() {
        return this != READ;
    }
}
