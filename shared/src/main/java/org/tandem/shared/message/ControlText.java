package org.tandem.shared.message;

import java.util.Objects;

/** The bound on free text in control messages, so that a peer cannot make the other side hold megabytes. */
final class ControlText {
    private ControlText() {}

    static String boundedText(String text, int max) {
        Objects.requireNonNull(text, "text");
        if (text.length() > max) {
            throw new IllegalArgumentException("Text longer than " + max + " characters");
        }
        return text;
    }
}
