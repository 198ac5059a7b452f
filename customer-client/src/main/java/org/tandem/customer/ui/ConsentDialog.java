package org.tandem.customer.ui;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
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
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.desktop.ui.TitleRoom;
import org.tandem.shared.identity.IdentityVerdict;

/**
 * A consent question ("Share your screen with the technician?", "Let the technician control your
 * mouse and keyboard?") with who asks, Allow and Deny. The answer is true, false, or null when time
 * ran out with no answer. Deny is the default button and the
 * answer when the time runs out; closing the window also denies.
 */
final class ConsentDialog {
    private final Stage stage = new Stage();
    /** How long Allow stays disabled after the prompt appears. */
    static final javafx.util.Duration ALLOW_DELAY = javafx.util.Duration.seconds(1);
    private final CompletableFuture<Boolean> answer;
    private final Label waitingLabel = new Label();

    ConsentDialog(Window owner, ConsentRequest request, CompletableFuture<Boolean> answer) {
        IdentityVerdict technician = request.technician();
        Duration timeout = request.timeout();
        this.answer = answer;
        if (owner != null) {
            stage.initOwner(owner);
        }
        // Not modal: it stays above the customer's window, which still takes clicks and keys, so they can
        // write to the technician ("what will it close?") before they answer.
        stage.initModality(Modality.NONE);
        stage.setAlwaysOnTop(true);
        // Short, whatever is asked: the question itself, however long, is the first line of the prompt.
        stage.setTitle(Texts.get("consent.windowTitle." + request.kind().name()));

        Label question = new Label(request.question());
        question.setId("consentQuestion");
        question.setWrapText(true);
        question.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        boolean verified = technician instanceof IdentityVerdict.Verified;
        Label identity = new Label(technician.displayLine());
        identity.setId("consentIdentity");
        identity.setWrapText(true);
        identity.setStyle(verified ? "-fx-text-fill: #1b5e20; -fx-font-weight: bold;"
                : "-fx-text-fill: #b71c1c; -fx-font-weight: bold; -fx-border-color: #b71c1c; -fx-padding: 8;");
        Label who = new Label(request.detail());
        who.setId("consentDetail");
        who.setWrapText(true);
        Label countdown = new Label();
        countdown.setId("consentCountdown");
        countdown.setStyle("-fx-text-fill: #555;");
        countdown.setWrapText(true);

        // "Is everything working now?" is a question, not a permission: it is answered yes or no.
        boolean yesOrNo = request.kind() == ConsentRequest.Kind.WORKING_CHECK;
        Button allow = new Button(Texts.get(yesOrNo ? "consent.yes" : "consent.allow"));
        allow.setId("allowButton");
        allow.setOnAction(e -> answer(true));
        // A click or key press meant for something else must not answer a prompt that just appeared.
        allow.setDisable(true);
        PauseTransition armAllow = new PauseTransition(ALLOW_DELAY);
        armAllow.setOnFinished(e -> allow.setDisable(false));
        stage.setOnShown(e -> armAllow.playFromStart());
        Button deny = new Button(Texts.get(yesOrNo ? "consent.no" : "consent.deny"));
        deny.setId("denyButton");
        deny.setDefaultButton(true);
        deny.setCancelButton(true);
        deny.setOnAction(e -> answer(false));

        waitingLabel.setId("consentWaiting");
        waitingLabel.setStyle("-fx-text-fill: #555; -fx-font-style: italic;");
        waitingLabel.setManaged(false);
        waitingLabel.setVisible(false);
        HBox buttons = new HBox(10, deny, allow);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, question, identity, who, countdown, waitingLabel, buttons);
        root.setPadding(new Insets(20));
        root.setPrefWidth(460);
        stage.setScene(new Scene(root));
        TitleRoom.keep(stage);
        stage.setOnCloseRequest(e -> answer(false));

        long[] left = {timeout.toSeconds()};
        countdown.setText(Texts.get("consent.countdown", request.whenUnanswered(), left[0]));
        Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> {
            left[0]--;
            countdown.setText(Texts.get("consent.countdown", request.whenUnanswered(), Math.max(0, left[0])));
            if (left[0] <= 0) {
                answer.complete(null); // no answer: the session treats it as no, and records that nobody answered
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

    /** "2 more questions waiting": shown under the question while others wait their turn. */
    void waiting(int more) {
        waitingLabel.setText(more == 1 ? Texts.get("consent.waitingOne") : Texts.get("consent.waitingMany", more));
        waitingLabel.setVisible(more > 0);
        waitingLabel.setManaged(more > 0);
        stage.sizeToScene();
    }

    void show() {
        // Over the customer's window, clear of the chat they may write in meanwhile.
        PromptPlacement.placeBeside(stage);
        stage.show();
        stage.toFront();
    }

    private void answer(boolean allowed) {
        answer.complete(allowed);
    }
}
