package org.tandem.customer.ui;

import javafx.scene.Scene;

/** The customer's windows share one style sheet. */
final class CustomerStyles {
    private CustomerStyles() {}

    static void apply(Scene scene) {
        scene.getStylesheets().add(CustomerStyles.class.getResource("customer.css").toExternalForm());
    }
}
