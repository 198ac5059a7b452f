package org.tandem.shared.identity;

/**
 * The rules for names that end up in certificates and on the customer's screen. Names we issue are
 * checked strictly; names read from a certificate nobody vouches for are cleaned before display, so
 * that control or direction-override characters cannot make one name look like another.
 */
public final class DisplayNames {
    /** The X.520 upper bound for both common and organisation names. */
    static final int MAX_LENGTH = 64;

    private DisplayNames() {}

    /** Returns {@code value} stripped, or throws when it is not fit to be a name. */
    static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " must not be empty");
        }
        String name = value.strip();
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new IllegalArgumentException("The " + what + " must be at most " + MAX_LENGTH + " characters");
        }
        if (name.codePoints().anyMatch(DisplayNames::isHidden)) {
            throw new IllegalArgumentException("The " + what + " must not contain control or formatting characters");
        }
        return name;
    }

    /** A name nobody vouches for (the technician's own hello), made safe to show and to record. */
    public static String untrusted(String name) {
        return sanitize(name);
    }

    /** Makes a name read from an untrusted certificate safe to show: visible characters only, bounded length. */
    static String sanitize(String untrusted) {
        if (untrusted == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int kept = 0;
        for (int cp : untrusted.codePoints().toArray()) {
            if (kept == MAX_LENGTH) {
                out.append('…');
                break;
            }
            if (isHidden(cp)) {
                continue;
            }
            out.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
            kept++;
        }
        return out.toString().strip().replaceAll(" {2,}", " ");
    }

    private static boolean isHidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE
                || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED;
    }
}
