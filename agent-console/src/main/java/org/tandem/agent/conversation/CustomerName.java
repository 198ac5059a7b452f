package org.tandem.agent.conversation;

import java.util.Optional;

/**
 * What the technician may call a customer mid-session (decision 0046): some text, on one line, short
 * enough for a tab's title, without control or invisible formatting characters that would make the log
 * or the tab read other than it was typed. Spaces around it are not part of it.
 */
public final class CustomerName {
    /** Longer than any person's name as typed into a tab; a ticket reference fits too. */
    public static final int MAX_LENGTH = 60;

    /** Why a name was not taken. */
    public enum Problem {
        EMPTY,
        TOO_LONG,
        CONTROL_CHARACTERS
    }

    private CustomerName() {}

    /** The name as it would be kept: without the spaces around it. */
    public static String kept(String typed) {
        return typed == null ? "" : typed.strip();
    }

    /** Nothing when {@code typed} may name the customer; else why not. */
    public static Optional<Problem> check(String typed) {
        String name = kept(typed);
        if (name.isEmpty()) {
            return Optional.of(Problem.EMPTY);
        }
        if (name.codePoints().anyMatch(CustomerName::hidden)) {
            return Optional.of(Problem.CONTROL_CHARACTERS);
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        return Optional.empty();
    }

    /** Line breaks, tabs and other controls, and invisible formatting such as a right-to-left override. */
    private static boolean hidden(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isISOControl(codePoint) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED || type == Character.SURROGATE;
    }
}
