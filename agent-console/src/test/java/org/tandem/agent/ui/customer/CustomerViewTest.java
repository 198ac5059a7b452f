package org.tandem.agent.ui.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Customer tab in the console's side panel: who and what system, read whole. */
@ExtendWith(ApplicationExtension.class)
class CustomerViewTest {
    private CustomerViewModel model;

    @Start
    void start(Stage stage) {
        model = new CustomerViewModel(Runnable::run, Runnable::run, action -> {
            throw new java.io.IOException("no session in this test");
        });
        // As wide as the side panel's Customer tab gives it at its narrowest.
        stage.setScene(new Scene(new StackPane(new CustomerView(model, new SimpleStringProperty(""),
                new SimpleStringProperty("113 950"), new javafx.scene.control.Button("Name the customer…")).root()),
                300, 400));
        stage.show();
    }

    @Test
    void theCustomersSystemIsReadWhole(FxRobot robot) {
        robot.interact(() -> model.actionCatalog("Debian GNU/Linux 12 (bookworm)", List.of()));
        WaitForAsyncUtils.waitForFxEvents();

        for (String id : List.of("#customerSystemLabel", "#customerNameLabel")) {
            Label label = robot.lookup(id).queryAs(Label.class);
            assertEquals(label.getText(), ((Text) label.lookup(".text")).getText(), id + " wraps rather than end in …");
        }
        assertEquals("Debian GNU/Linux 12 (bookworm)", robot.lookup("#customerSystemLabel").queryAs(Label.class).getText());
    }
}
