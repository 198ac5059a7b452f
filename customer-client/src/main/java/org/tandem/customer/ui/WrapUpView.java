package org.tandem.customer.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.Rating;

/**
 * "Before you go": the customer's answer to "Is everything working now?", a rating of 1 to 5
 * (ControlsFX {@link Rating}, also by keys), a comment, a request to be contacted again, and Finish
 * or Keep going.
 */
final class WrapUpView {
    private final ScrollPane root;
    private final Rating rating = new Rating(5, 0);

    WrapUpView(WrapUpViewModel model) {
        Label title = new Label(Texts.get("wrapUp.title"));
        title.getStyleClass().add("title");
        Label answer = new Label();
        answer.setId("wrapUpAnswer");
        answer.setWrapText(true);
        answer.setMinHeight(Region.USE_PREF_SIZE);
        answer.textProperty().bind(model.answerProperty());

        Label ratingLabel = new Label(Texts.get("wrapUp.rating"));
        ratingLabel.setLabelFor(rating);
        rating.setId("ratingControl");
        rating.setPartialRating(false);
        rating.setUpdateOnHover(false);
        rating.setFocusTraversable(true);
        rating.setAccessibleText(Texts.get("wrapUp.rating"));
        rating.ratingProperty().addListener((obs, was, now) -> model.starsProperty().set((int) Math.round(now.doubleValue())));
        model.starsProperty().addListener((obs, was, now) -> rating.setRating(now.intValue()));
        // The control itself answers only the mouse; keys 1–5 and the arrows make it keyboard accessible.
        for (int i = 0; i < Shortcuts.STARS.size(); i++) {
            int stars = i + 1;
            Shortcuts.onPress(rating, Shortcuts.STARS.get(i), () -> model.starsProperty().set(stars));
        }
        // The number pad's digits are the same keys to the customer.
        rating.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode().isKeypadKey() && key.getCode().isDigitKey()) {
                int stars = Integer.parseInt(key.getCode().getName().replaceAll("\\D", ""));
                if (stars >= 1 && stars <= 5) {
                    model.starsProperty().set(stars);
                    key.consume();
                }
            }
        });
        Shortcuts.MORE_STARS.forEach(keys -> Shortcuts.onPress(rating, keys,
                () -> model.starsProperty().set(Math.min(5, model.starsProperty().get() + 1))));
        Shortcuts.FEWER_STARS.forEach(keys -> Shortcuts.onPress(rating, keys,
                () -> model.starsProperty().set(Math.max(1, model.starsProperty().get() - 1))));
        Label ratingHelp = new Label(Texts.get("wrapUp.rating.help"));
        ratingHelp.getStyleClass().add("hint");
        ratingHelp.setWrapText(true);
        ratingHelp.setMinHeight(Region.USE_PREF_SIZE);

        Label commentLabel = new Label(Texts.get("wrapUp.comment"));
        TextArea comment = new TextArea();
        comment.setId("ratingComment");
        comment.setWrapText(true);
        comment.setPrefRowCount(2);
        comment.textProperty().bindBidirectional(model.commentProperty());
        commentLabel.setLabelFor(comment);

        CheckBox followUp = new CheckBox(Texts.get("wrapUp.followUp"));
        followUp.setId("followUpCheck");
        followUp.selectedProperty().bindBidirectional(model.followUpProperty());
        Label whenLabel = new Label(Texts.get("wrapUp.followUpWhen"));
        whenLabel.setWrapText(true);
        whenLabel.setMinHeight(Region.USE_PREF_SIZE);
        TextField when = new TextField();
        when.setId("followUpWhen");
        when.textProperty().bindBidirectional(model.followUpWhenProperty());
        whenLabel.setLabelFor(when);
        Label noteLabel = new Label(Texts.get("wrapUp.followUpNote"));
        TextArea note = new TextArea();
        note.setId("followUpNote");
        note.setWrapText(true);
        note.setPrefRowCount(2);
        note.textProperty().bindBidirectional(model.followUpNoteProperty());
        noteLabel.setLabelFor(note);
        VBox followUpFields = new VBox(6, whenLabel, when, noteLabel, note);
        followUpFields.visibleProperty().bind(model.followUpProperty());
        followUpFields.managedProperty().bind(followUpFields.visibleProperty());

        Label problem = new Label();
        problem.setId("wrapUpProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        // Finish pressed without a time: the keyboard goes to where the time is written.
        model.timeAskedForProperty().addListener((obs, was, now) -> {
            if (now) {
                when.requestFocus();
            }
        });

        Button finish = new Button(Texts.get("wrapUp.finish"));
        finish.setId("finishButton");
        finish.setDefaultButton(false); // Enter in the comment must not end the session
        finish.disableProperty().bind(model.canFinishProperty().not());
        finish.setOnAction(e -> model.finish());
        Button keepGoing = new Button(Texts.get("wrapUp.keepGoing"));
        keepGoing.setId("keepGoingButton");
        keepGoing.setOnAction(e -> model.keepGoing());
        for (Button button : new Button[] {finish, keepGoing}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(10, keepGoing, finish);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        // What is missing is said under the buttons: Finish stays where the customer pressed it while the
        // line comes and goes, instead of jumping as it would under a line above it.
        VBox content = new VBox(10, title, answer, ratingLabel, rating, ratingHelp, commentLabel, comment, followUp,
                followUpFields, buttons, problem);
        content.setId("wrapUpPanel");
        content.getStyleClass().add("wrap-up");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        model.offeredProperty().addListener((obs, was, now) -> {
            if (now) {
                javafx.application.Platform.runLater(rating::requestFocus);
            }
        });
    }

    javafx.scene.layout.Region root() {
        return root;
    }
}
