package org.tandem.customer.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.tandem.customer.session.CustomerState;

/**
 * The small always-on-top bar shown while the customer is connected: whether the screen is shared,
 * and the buttons to stop sharing and to end the session, always one click away.
 */
final class SessionBar {
    private final Stage stage = new Stage(StageStyle.UTILITY);

    SessionBar(CustomerViewModel model) {
        Label text = new Label();
        text.setId("sessionBarText");
        text.setStyle("-fx-font-weight: bold;");
        Button share = new Button();
        share.setId("toggleShareButton");
        Button end = new Button("End session");
        end.setId("sessionBarEndButton");
        end.setOnAction(e -> model.endSession());

        Button stopControl = new Button("Stop");
        stopControl.setId("stopControlButton");
        stopControl.setStyle("-fx-font-weight: bold;");
        stopControl.setOnAction(e -> model.stopControl());
        stopControl.visibleProperty().bind(model.controlGrantedProperty());
        stopControl.managedProperty().bind(stopControl.visibleProperty());
        Label controlText = new Label();
        controlText.setId("controlBarText");
        controlText.setStyle("-fx-font-weight: bold; -fx-text-fill: #b71c1c;");
        controlText.textProperty().bind(javafx.beans.binding.Bindings.when(model.controlGrantedProperty())
                .then(model.controlDetailProperty().concat(" —")).otherwise(""));
        controlText.visibleProperty().bind(model.controlGrantedProperty());
        controlText.managedProperty().bind(controlText.visibleProperty());

        HBox root = new HBox(12, controlText, stopControl, text, share, end);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(8, 12, 8, 12));
        root.setStyle("-fx-background-color: #fff4d6;");
        stage.setScene(new Scene(root));
        stage.setTitle("Tandem session");
        stage.setAlwaysOnTop(true);
        stage.setResizable(false);
        stage.setOnCloseRequest(e -> {
            e.consume();
            model.endSession();
        });

        model.controlGrantedProperty().addListener((obs, was, now) -> refit());
        model.controlDetailProperty().addListener((obs, was, now) -> refit());
        for (javafx.scene.control.Control control : new javafx.scene.control.Control[] {text, controlText, share, end,
                stopControl}) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        model.stateProperty().addListener((obs, was, now) -> {
            boolean sharing = now == CustomerState.SHARING;
            text.setText(sharing ? "Your screen is being shared" : "Your screen is not shared");
            share.setText(sharing ? "Stop sharing" : "Share screen");
            share.setOnAction(e -> {
                if (sharing) {
                    model.stopSharing();
                } else {
                    model.shareAgain();
                }
            });
            share.setDisable(!sharing && now != CustomerState.NOT_SHARING);
            if (now == CustomerState.SHARING || now == CustomerState.NOT_SHARING) {
                showAtTop();
                refit();
            } else if (now == CustomerState.ENDED || now == CustomerState.IDLE) {
                stage.hide();
            }
        });
    }

    /** The bar's text changes length (who controls, shared or not): fit it and keep it centred. */
    private void refit() {
        // After the texts have changed and been laid out.
        javafx.application.Platform.runLater(() -> {
            if (!stage.isShowing()) {
                return;
            }
            stage.sizeToScene();
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
        });
    }

    private void showAtTop() {
        if (stage.isShowing()) {
            return;
        }
        stage.show();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
        stage.setY(screen.getMinY() + 4);
    }
}
