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
 * <p>People type the code with spaces, dashes or none at all; only the digits count. When the
 * customer sets the first group of digits apart with a space or a dash, that group is the
 * nameplate and the rest is the secret. Typed as one run of digits, the last six are the secret
 * and the rest is the nameplate, which the relay never makes shorter than
 * {@value #SHORTEST_NAMEPLATE_DIGITS} digits; so a half-typed code never reads as a whole one with
 * a shorter nameplate.
 */
public record SessionCode(String nameplate, String secret) {
    /** Digits in a secret. */
    public static final int SECRET_DIGITS = 6;

    /** The relay's shortest nameplate; a code typed without gaps needs at least this many digits before the secret. */
    public static final int SHORTEST_NAMEPLATE_DIGITS = 3;

    /** Digits in a nameplate from a relay; shown as two groups of five. */
    public static final int RELAY_NAMEPLATE_DIGITS = 10;

    private static final int MAX_NAMEPLATE_DIGITS = RELAY_NAMEPLATE_DIGITS;
    private static final int NAMEPLATE_GROUP_DIGITS = RELAY_NAMEPLATE_DIGITS / 2;
    private static final int MAX_TYPED_LENGTH = 40;
    private static final Pattern NAMEPLATE = Pattern.compile("[0-9]{1," + MAX_NAMEPLATE_DIGITS + "}");
    private static final Pattern SECRET = Pattern.compile("[0-9]{" + SECRET_DIGITS + "}");
    private static final Pattern TYPED = Pattern.compile("[0-9][0-9 \\-]*");
    private static final Pattern GAP = Pattern.compile("[ \\-]+");

    /** The digits examples are cut from. */
    private static final String EXAMPLE_DIGITS = "482193775";
    private static final String EXAMPLE = "for example " + example().display();

    public SessionCode {
        if (nameplate == null || !NAMEPLATE.matcher(nameplate).matches()) {
            throw new IllegalArgumentException("The first part of a session code is 1 to " + MAX_NAMEPLATE_DIGITS + " digits.");
        }
        if (secret == null || !SECRET.matcher(secret).matches()) {
            throw new IllegalArgumentException("The last part of a session code is 6 digits.");
        }
    }

    /** What a half-typed or finished code amounts to, for a hint shown while the customer types. */
    public sealed interface Reading {
        /** A whole code. */
        record Complete(SessionCode code) implements Reading {}

        /**
         * A start of a code.
         *
         * @param grouped what was typed so far, grouped the way a code is read: {@code 482-193 7}
         * @param digitsMissing how many more digits make a whole code, at least 1
         * @param secretDigits digits typed after the gap that ends the nameplate; -1 without a gap
         */
        record Incomplete(String grouped, int digitsMissing, int secretDigits) implements Reading {}

        /** Not a code; {@code reason} is fit to show to the customer. */
        record Invalid(String reason) implements Reading {}
    }

    /** Reads what the customer typed so far; never throws. */
    public static Reading read(String typed) {
        String text = normalize(typed);
        if (text.isEmpty()) {
            return new Reading.Incomplete("", SHORTEST_NAMEPLATE_DIGITS + SECRET_DIGITS, -1);
        }
        if (text.length() > MAX_TYPED_LENGTH || !TYPED.matcher(text).matches()) {
            return new Reading.Invalid("Type the code your technician read to you, " + EXAMPLE + ".");
        }
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        int firstEnd = end;
        end = endOfGroupedNameplate(text, firstEnd);
        boolean groupedNameplate = end != firstEnd;
        String first = GAP.matcher(text.substring(0, end)).replaceAll("");
        String secret = GAP.matcher(text.substring(end)).replaceAll("");
        if (!groupedNameplate && (end == text.length() || secret.isEmpty() && first.length() >= SHORTEST_NAMEPLATE_DIGITS + SECRET_DIGITS)) {
            // "482193775-" is a whole code with a stray dash, not a nameplate waiting for its secret.
            return readWithoutGaps(first);
        }
        if (first.length() > MAX_NAMEPLATE_DIGITS) {
            return tooLongNameplate();
        }
        if (secret.length() > SECRET_DIGITS) {
            return new Reading.Invalid(secretLength(secret.length()));
        }
        if (secret.length() < SECRET_DIGITS) {
            return new Reading.Incomplete(group(first, secret), SECRET_DIGITS - secret.length(), secret.length());
        }
        return new Reading.Complete(new SessionCode(first, secret));
    }

    /**
     * Parses what the customer typed: {@code 482-193 775}, {@code 482 193 775}, {@code 482193775}.
     *
     * @throws IllegalArgumentException with a message fit to show to the customer
     */
    public static SessionCode parse(String typed) {
        Reading reading = read(typed);
        if (reading instanceof Reading.Complete complete) {
            return complete.code();
        }
        if (reading instanceof Reading.Invalid invalid) {
            throw new IllegalArgumentException(invalid.reason());
        }
        Reading.Incomplete incomplete = (Reading.Incomplete) reading;
        if (incomplete.secretDigits() >= 0) {
            throw new IllegalArgumentException(secretLength(incomplete.secretDigits()));
        }
        if (incomplete.grouped().isEmpty()) {
            throw new IllegalArgumentException("Type the code your technician read to you, " + EXAMPLE + ".");
        }
        throw new IllegalArgumentException("That code is " + digits(incomplete.digitsMissing())
                + " short. Check it with your technician.");
    }

    /** Whether {@link #parse} would accept the text; for enabling a Connect button as the customer types. */
    public static boolean isPlausible(String typed) {
        return read(typed) instanceof Reading.Complete;
    }

    /**
     * A made-up code of the shape a relay hands out, {@code 48219 37754-821 937}, for the examples people
     * are shown: its lengths are the relay's, so an example never looks shorter than a real code.
     */
    public static SessionCode example() {
        String digits = EXAMPLE_DIGITS.repeat((RELAY_NAMEPLATE_DIGITS + SECRET_DIGITS) / EXAMPLE_DIGITS.length() + 1);
        return new SessionCode(digits.substring(0, RELAY_NAMEPLATE_DIGITS),
                digits.substring(RELAY_NAMEPLATE_DIGITS, RELAY_NAMEPLATE_DIGITS + SECRET_DIGITS));
    }

    /** Draws a new secret: 6 digits, leading zeros kept, uniformly distributed. */
    public static String newSecret(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        // Locale.ROOT: some locales format digits in other scripts.
        return String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
    }

    /** The code grouped for reading aloud: {@code 48213 93750-193 775}, or {@code 482-193 775}. */
    public String display() {
        return groupNameplate(nameplate) + "-" + secret.substring(0, 3) + " " + secret.substring(3);
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

    private static Reading readWithoutGaps(String digits) {
        int needed = SHORTEST_NAMEPLATE_DIGITS + SECRET_DIGITS;
        if (digits.length() < needed) {
            String grouped = digits.length() <= SHORTEST_NAMEPLATE_DIGITS ? digits
                    : group(digits.substring(0, SHORTEST_NAMEPLATE_DIGITS), digits.substring(SHORTEST_NAMEPLATE_DIGITS));
            return new Reading.Incomplete(grouped, needed - digits.length(), -1);
        }
        int split = digits.length() - SECRET_DIGITS;
        if (split > MAX_NAMEPLATE_DIGITS) {
            return tooLongNameplate();
        }
        return new Reading.Complete(new SessionCode(digits.substring(0, split), digits.substring(split)));
    }

    /**
     * A relay's nameplate is read aloud as two groups of five, {@code 48213 93750}: when the first
     * group of five digits is followed by a gap and another group of five, both are the nameplate.
     *
     * @param firstEnd where the first run of digits ends
     * @return where the nameplate ends in {@code text}
     */
    private static int endOfGroupedNameplate(String text, int firstEnd) {
        if (firstEnd != NAMEPLATE_GROUP_DIGITS) {
            return firstEnd;
        }
        int start = firstEnd;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '-')) {
            start++;
        }
        if (start == firstEnd) {
            return firstEnd;
        }
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end - start == NAMEPLATE_GROUP_DIGITS ? end : firstEnd;
    }

    /** A relay's 10-digit nameplate as {@code 48213 93750}; shorter ones as they are. */
    private static String groupNameplate(String nameplate) {
        if (nameplate.length() != RELAY_NAMEPLATE_DIGITS) {
            return nameplate;
        }
        return nameplate.substring(0, NAMEPLATE_GROUP_DIGITS) + " " + nameplate.substring(NAMEPLATE_GROUP_DIGITS);
    }

    /** {@code 482} and {@code 1937} as {@code 482-193 7}. */
    private static String group(String nameplate, String secretSoFar) {
        int half = SECRET_DIGITS / 2;
        return groupNameplate(nameplate) + "-" + (secretSoFar.length() <= half ? secretSoFar
                : secretSoFar.substring(0, half) + " " + secretSoFar.substring(half));
    }

    private static Reading tooLongNameplate() {
        return new Reading.Invalid("The first part of that code is too long; check it with your technician.");
    }

    private static String secretLength(int typed) {
        return "The part after the dash must be " + SECRET_DIGITS + " digits; that has " + typed
                + ". Check it with your technician.";
    }

    private static String digits(int count) {
        return count == 1 ? "1 digit" : count + " digits";
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
