package org.tandem.shared.pairing;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code the technician reads to the customer: the relay's {@code nameplate}, which finds the
 * session, and a 6-digit {@code secret}, which only the two endpoints know and which keys the
 * pairing handshake. Read aloud as {@code 482-193 775}.
 *
 * <p>People type the code with spaces, dashes or both; only the digits count, but the nameplate
 * must be set apart from the secret by a space or dash, because {@code 482193775} could just as well
 * be {@code 4821-93775}'s typo.
 */
public record SessionCode(String nameplate, String secret) {
    /** Digits in a secret. */
    public static final int SECRET_DIGITS = 6;

    private static final int MAX_NAMEPLATE_DIGITS = 9;
    private static final int MAX_TYPED_LENGTH = 40;
    private static final Pattern NAMEPLATE = Pattern.compile("[0-9]{1," + MAX_NAMEPLATE_DIGITS + "}");
    private static final Pattern SECRET = Pattern.compile("[0-9]{" + SECRET_DIGITS + "}");
    private static final Pattern TYPED = Pattern.compile("[0-9][0-9 \\-]*");

    private static final String EXAMPLE = "for example 482-193 775";

    public SessionCode {
        if (nameplate == null || !NAMEPLATE.matcher(nameplate).matches()) {
            throw new IllegalArgumentException("The first part of a session code is 1 to 9 digits.");
        }
        if (secret == null || !SECRET.matcher(secret).matches()) {
            throw new IllegalArgumentException("The last part of a session code is 6 digits.");
        }
    }

    /**
     * Parses what the customer typed: the nameplate, a space or dash, then the six digits of the
     * secret, which may themselves be grouped with spaces or dashes.
     *
     * @throws IllegalArgumentException with a message fit to show to the customer
     */
    public static SessionCode parse(String typed) {
        String text = normalize(typed);
        if (text.length() > MAX_TYPED_LENGTH || !TYPED.matcher(text).matches()) {
            throw new IllegalArgumentException("Type the code your technician read to you, " + EXAMPLE + ".");
        }
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        String nameplate = text.substring(0, end);
        String secret = text.substring(end).replaceAll("[ \\-]", "");
        if (end == text.length()) {
            throw new IllegalArgumentException(
                    "Put a dash after the first part of the code, as your technician reads it: " + EXAMPLE + ".");
        }
        if (nameplate.length() > MAX_NAMEPLATE_DIGITS) {
            throw new IllegalArgumentException("The first part of that code is too long; check it with your technician.");
        }
        if (secret.length() != SECRET_DIGITS) {
            throw new IllegalArgumentException("The part after the dash must be " + SECRET_DIGITS
                    + " digits; that has " + secret.length() + ". Check it with your technician.");
        }
        return new SessionCode(nameplate, secret);
    }

    /** Whether {@link #parse} would accept the text; for enabling a Connect button as the customer types. */
    public static boolean isPlausible(String typed) {
        try {
            parse(typed);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Draws a new secret: 6 digits, leading zeros kept, uniformly distributed. */
    public static String newSecret(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        // Locale.ROOT: some locales format digits in other scripts.
        return String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
    }

    /** The code grouped for reading aloud: {@code 482-193 775}. */
    public String display() {
        return nameplate + "-" + secret.substring(0, 3) + " " + secret.substring(3);
    }

    /** The code in one canonical form: {@code 482-193775}. */
    public String canonical() {
        return nameplate + "-" + secret;
    }

    /** Leaves the secret out, so that logging a code never writes the secret down. */
    @Override
    public String toString() {
        return "SessionCode[nameplate=" + nameplate + ", secret=******]";
    }

    /** Maps the dashes and spaces a phone keyboard or a copied text may produce to plain ones. */
    private static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(typed.length());
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212') {
                out.append('-');
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
