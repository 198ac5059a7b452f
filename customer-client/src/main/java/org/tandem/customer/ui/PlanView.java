package org.tandem.customer.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The plan side panel: what happens next, then every step with its state, the current one highlighted. */
final class PlanView {
    private final VBox root = new VBox(10);
    private final VBox steps = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(steps);

    PlanView(PlanViewModel model) {
        Label title = new Label(Texts.get("plan.title"));
        title.getStyleClass().add("section-title");
        Label nextHeading = new Label(Texts.get("plan.nextHeading"));
        nextHeading.getStyleClass().add("next-heading");
        nextHeading.setWrapText(true);
        nextHeading.setMinHeight(Region.USE_PREF_SIZE);
        Label next = new Label();
        next.setId("planNext");
        next.setWrapText(true);
        next.setMinHeight(Region.USE_PREF_SIZE);
        next.textProperty().bind(model.nextProperty());
        VBox nextBox = new VBox(4, nextHeading, next);
        nextBox.getStyleClass().add("plan-next");

        steps.setId("planSteps");
        steps.setFillWidth(true);
        scroll.setId("planScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        model.rows().addListener((ListChangeListener<PlanViewModel.Row>) change -> rebuild(model));
        rebuild(model);
        root.getChildren().addAll(title, nextBox, scroll);
        root.getStyleClass().add("side-panel");
        root.setMinWidth(220);
    }

    private void rebuild(PlanViewModel model) {
        steps.getChildren().clear();
        for (PlanViewModel.Row row : model.rows()) {
            steps.getChildren().add(step(row));
        }
    }

    private static Node step(PlanViewModel.Row row) {
        Label number = new Label(row.number() + ".");
        number.getStyleClass().add("step-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(row.title());
        title.getStyleClass().add("step-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label state = new Label(row.current() ? Texts.get("plan.current") + " · " + row.stateWords() : row.stateWords());
        state.getStyleClass().addAll("step-state", "state-" + row.state().name().toLowerCase(java.util.Locale.ROOT));
        state.setMinWidth(Region.USE_PREF_SIZE);
        VBox words = new VBox(2, title);
        if (!row.detail().isBlank()) {
            Label detail = new Label(row.detail());
            detail.getStyleClass().add("step-detail");
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            words.getChildren().add(detail);
        }
        words.getChildren().add(state);
        if (!row.why().isBlank()) {
            Label why = new Label(row.why());
            why.setId("planStepWhy" + row.number());
            why.getStyleClass().add("step-why");
            why.setWrapText(true);
            why.setMinHeight(Region.USE_PREF_SIZE);
            words.getChildren().add(why);
        }
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);
        HBox box = new HBox(8, number, words);
        box.setId("planStep" + row.number());
        box.getStyleClass().add("plan-step");
        if (row.current()) {
            box.getStyleClass().add("current");
        }
        box.setAccessibleText(row.number() + ". " + row.title() + ", " + row.stateWords()
                + (row.why().isBlank() ? "" : ". " + row.why()));
        return box;
    }

    Node root() {
        return root;
    }

    /** Where Ctrl+1 puts the focus. */
    Node focusTarget() {
        return scroll;
    }
}
