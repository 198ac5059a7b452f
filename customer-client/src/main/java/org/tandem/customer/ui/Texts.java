package org.tandem.customer.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the customer's windows, from the {@code messages} resource bundle (English shipped).
 * A text with arguments is a {@link MessageFormat} pattern: {@code {0}} for the first argument, and
 * {@code ''} for an apostrophe.
 */
final class Texts {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.tandem.customer.ui.messages",
            Locale.getDefault());

    private Texts() {}

    static String get(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No text for " + key, e);
        }
    }

    static String get(String key, Object... arguments) {
        return new MessageFormat(get(key), Locale.getDefault()).format(arguments);
    }
}
