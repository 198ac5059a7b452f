package org.tandem.agent.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The console's words, from its resource bundle ({@code Console.properties}, English shipped). Keys
 * are named after the screen and the thing: {@code plan.add}, {@code chat.typing}.
 */
public final class Texts {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.tandem.agent.ui.Console", Locale.getDefault());

    private Texts() {}

    public static String get(String key) {
        return BUNDLE.getString(key);
    }

    /** The text with its {0}, {1}… filled in. */
    public static String format(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), Locale.getDefault()).format(arguments);
    }
}
