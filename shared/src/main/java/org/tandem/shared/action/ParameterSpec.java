package org.tandem.shared.action;

import java.util.Objects;

/**
 * One parameter an action takes, so the console can ask the technician for it.
 *
 * @param name the key in {@link ActionRequest#parameters()}
 * @param label what to ask for, in plain words
 * @param kind what the value is, so the console can offer a fitting input
 * @param required whether a request without it is refused
 */
public record ParameterSpec(String name, String label, Kind kind, boolean required) {

    /** What a parameter's value is. */
    public enum Kind {
        /** A file or folder on the customer's computer. */
        PATH,
        /** Several folders or files, one a line. */
        PATH_LIST,
        /** A program by the id the installed-programs list gives it. */
        PROGRAM,
        /** A running process by its process id. */
        PROCESS,
        /** A whole number. */
        NUMBER,
        /** Free text, such as a filter. */
        TEXT
    }

    public ParameterSpec {
        ActionText.parameterName(name);
        ActionText.line(label, 120, "label");
        Objects.requireNonNull(kind, "kind");
    }

    int chars() {
        return name.length() + label.length();
    }
}
