package org.tandem.customer.ui;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tandem.shared.identity.IdentityVerdict;

/**
 * "Share your screen with the technician?" with Allow and Deny. Deny is the default button and the
 * answer when the time runs out; closing the window also denies.
 */
final class ShareConsentDialog {
    private final Stage stage = new Stage();
    private final CompletableFuture<Boolean> answer;

    ShareConsentDialog(Window owner, IdentityVerdict technician, Duration timeout, CompletableFuture<Boolean> answer) {
        this.answer = answer;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setAlwaysOnTop(true);
        stage.setTitle("Tandem — share your screen?");

        Label question = new Label("Share your screen with the technician?");
        question.setId("shareQuestion");
        question.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        boolean verified = technician instanceof IdentityVerdict.Verified;
        Label identity = new Label(technician.displayLine());
        identity.setId("shareIdentity");
        identity.setWrapText(true);
        identity.setStyle(verified ? "-fx-text-fill: #1b5e20; -fx-font-weight: bold;"
                : "-fx-text-fill: #b71c1c; -fx-font-weight: bold; -fx-border-color: #b71c1c; -fx-padding: 8;");
        String asker = verified ? ((IdentityVerdict.Verified) technician).technicianName() : "The person on the other end";
        Label who = new Label(asker + " asks to see your screen. They will see everything on it until you "
                + "press Stop sharing. They cannot use your mouse or keyboard.");
        who.setId("shareDetail");
        who.setWrapText(true);
        Label countdown = new Label();
        countdown.setId("shareCountdown");
        countdown.setStyle("-fx-text-fill: #555;");

        Button allow = new Button("_Allow");
        allow.setId("allowButton");
        allow.setOnAction(e -> answer(true));
        Button deny = new Button("_Deny");
        deny.setId("denyButton");
        deny.setDefaultButton(true);
        deny.setCancelButton(true);
        deny.setOnAction(e -> answer(false));

        HBox buttons = new HBox(10, deny, allow);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, question, identity, who, countdown, buttons);
        root.setPadding(new Insets(20));
        root.setPrefWidth(460);
        stage.setScene(new Scene(root));
        stage.setOnCloseRequest(e -> answer(false));

        long[] left = {timeout.toSeconds()};
        countdown.setText("If you do not answer, Tandem will not share your screen (" + left[0] + " s).");
        Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> {
            left[0]--;
            countdown.setText("If you do not answer, Tandem will not share your screen (" + Math.max(0, left[0]) + " s).");
            if (left[0] <= 0) {
                answer(false);
            }
        }));
        ticker.setCycleCount((int) Math.max(1, timeout.toSeconds()));
        ticker.play();
        // The session may settle the answer itself (its own time limit, or the session ending).
        answer.whenComplete((result, error) -> javafx.application.Platform.runLater(() -> {
            ticker.stop();
            stage.close();
        }));
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    private void answer(boolean allowed) {
        answer.complete(allowed);
    }
}
