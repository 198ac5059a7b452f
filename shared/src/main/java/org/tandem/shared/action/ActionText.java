package org.tandem.shared.action;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rules for text that actions carry over the wire: bounded length, and no control characters
 * except new lines and tabs in prose. With these rules every character costs at most three bytes of
 * JSON, which is what keeps a whole catalog or result inside one 64 KiB record.
 */
public final class ActionText {
    /** Characters of text a catalog or a result may hold in all; three bytes each at worst. */
    public static final int MESSAGE_BUDGET = 16_000;

    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]{0,31}");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    private ActionText() {}

    /** Prose: at most {@code max} characters; new lines and tabs allowed, other control characters not. */
    public static String prose(String text, int max, String field) {
        return checked(text, max, field, true);
    }

    /** One line: at most {@code max} characters and no control characters at all. */
    public static String line(String text, int max, String field) {
        return checked(text, max, field, false);
    }

    /** An action id: lower-case words joined by hyphens, at most 64 characters. */
    public static String actionId(String id) {
        Objects.requireNonNull(id, "action id");
        if (id.length() > 64 || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Bad action id");
        }
        return id;
    }

    /** A request id: letters, digits and hyphens, at most 64 characters. */
    public static String requestId(String id) {
        Objects.requireNonNull(id, "requestId");
        if (!REQUEST_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Bad request id");
        }
        return id;
    }

    /** A parameter name: a lower-camel-case word of at most 32 characters. */
    public static String parameterName(String name) {
        Objects.requireNonNull(name, "parameter name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Bad parameter name");
        }
        return name;
    }

    /**
     * Makes any text fit {@link #line}: control characters become spaces and text longer than
     * {@code max} is cut, ending in "…". For output of programs, which may hold anything.
     */
    public static String clean(String text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive");
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (text.length() > max) {
            out.setLength(max - 1);
            if (Character.isHighSurrogate(out.charAt(out.length() - 1))) {
                out.setLength(out.length() - 1);
            }
            out.append('…');
        }
        return out.toString();
    }

    private static String checked(String text, int max, String field, boolean prose) {
        Objects.requireNonNull(text, field);
        if (text.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(prose && (c == '\n' || c == '\t'))) {
                throw new IllegalArgumentException(field + " holds a control character");
            }
        }
        return text;
    }
}
