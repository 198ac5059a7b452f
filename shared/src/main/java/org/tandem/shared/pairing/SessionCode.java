package org.tandem.shared.pairing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code the technician reads to the customer. People type it with spaces, dashes or neither;
 * only the digits count.
 */
public record SessionCode(String nameplate) {
    private static final Pattern TYPED = Pattern.compile("[0-9][0-9 \\-]{0,20}");
    private static final Pattern NAMEPLATE = Pattern.compile("[0-9]{1,9}");

    public SessionCode {
        if (nameplate == null || !NAMEPLATE.matcher(nameplate).matches()) {
            throw new IllegalArgumentException("A session code is 1 to 9 digits");
        }
    }

    /**
     * Parses what the customer typed.
     *
     * @throws IllegalArgumentException with a message fit to show when it is not a code
     */
    public static SessionCode parse(String typed) {
        String trimmed = typed == null ? "" : typed.strip();
        Matcher matcher = TYPED.matcher(trimmed);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Type the digits of the code your technician gave you.");
        }
        String digits = trimmed.replaceAll("[ \\-]", "");
        if (digits.length() > 9) {
            throw new IllegalArgumentException("That code is too long; check it with your technician.");
        }
        return new SessionCode(digits);
    }

    public static boolean isPlausible(String typed) {
        try {
            parse(typed);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
