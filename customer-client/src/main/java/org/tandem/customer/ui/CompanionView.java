package org.tandem.customer.ui;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The customer's window during a session: who is helping (verified, or the warning), where the
 * session stands with Pause sharing, Stop control and End session, the plan beside the chat, and the
 * activity feed; "Before you go" takes the plan's place when the technician asks whether everything
 * works, so messages written meanwhile are still seen.
 */
final class CompanionView {
    private static final double PLAN_SHARE = 0.3;
    /** Before you go needs more width than the plan: its buttons stand in one row. */
    private static final double WRAP_UP_SHARE = 0.45;

    private final BorderPane root = new BorderPane();
    private final PlanView plan;
    private final ChatView chat;
    private final ActivityView activity;

    CompanionView(CustomerViewModel model, Consumer<String> openLink) {
        Label identity = new Label();
        identity.setId("companionIdentity");
        identity.setWrapText(true);
        identity.setMinHeight(Region.USE_PREF_SIZE);
        identity.textProperty().bind(model.identityProperty());
        identity.getStyleClass().add("identity");
        model.identityVerifiedProperty().addListener((obs, was, now) -> verifiedStyle(identity, now));
        verifiedStyle(identity, model.identityVerifiedProperty().get());

        Label status = new Label();
        status.setId("companionStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        Label check = new Label();
        check.setId("companionCheck");
        check.getStyleClass().add("hint");
        check.setWrapText(true);
        check.setMinHeight(Region.USE_PREF_SIZE);
        check.textProperty().bind(Bindings.createStringBinding(() -> model.checkStringProperty().get().isEmpty() ? ""
                : Texts.get("companion.check", model.checkStringProperty().get()), model.checkStringProperty()));
        Label control = ControlStatement.of(model, "control-warning");
        control.setId("companionControl");

        SessionControls controls = new SessionControls(model, "companion", control);
        Label help = new Label(Texts.get("keys.hint"));
        help.getStyleClass().add("hint");
        help.setWrapText(true);
        HBox.setHgrow(help, Priority.ALWAYS);
        help.setMaxWidth(Double.MAX_VALUE);
        help.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        HBox bar = new HBox(12, controls.root(), new MonitorPicker(model.monitors()).root(), help);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // What runs on the customer's computer, with its Stop: in the header, in sight whatever else shows.
        RunningActionsView running = new RunningActionsView(model.running(), this::focusMessageBox);
        VBox header = new VBox(6, identity, status, control, check, bar, running.root());
        header.getStyleClass().add("companion-header");
        header.setPadding(new Insets(12, 16, 12, 16));

        plan = new PlanView(model.plan());
        chat = new ChatView(model.chat(), openLink);
        activity = new ActivityView(model.activity());
        WrapUpView wrapUp = new WrapUpView(model.wrapUp());
        SplitPane talkAndFeed = new SplitPane(chat.root(), activity.root());
        talkAndFeed.setOrientation(Orientation.VERTICAL);
        talkAndFeed.setDividerPositions(0.68);
        // Before you go takes the plan's place, never the messages': the technician may still write (and
        // act) until the session ends, and the customer must see it. Its column widens while it shows.
        Region wrapUpRoot = wrapUp.root();
        wrapUpRoot.visibleProperty().bind(model.wrapUp().offeredProperty());
        plan.root().visibleProperty().bind(model.wrapUp().offeredProperty().not());
        StackPane planOrWrapUp = new StackPane(plan.root(), wrapUpRoot);
        SplitPane main = new SplitPane(planOrWrapUp, talkAndFeed);
        main.setDividerPositions(PLAN_SHARE);
        main.setPadding(new Insets(0, 8, 8, 8));
        double[] planAt = {PLAN_SHARE}; // where the customer had the divider, given back after Before you go
        model.wrapUp().offeredProperty().addListener((obs, was, now) -> {
            if (now) {
                planAt[0] = main.getDividers().get(0).getPosition();
                main.setDividerPositions(Math.max(planAt[0], WRAP_UP_SHARE));
            } else {
                main.setDividerPositions(planAt[0]);
            }
        });

        root.setTop(header);
        root.setCenter(main);
        root.setId("companionView");
    }

    private static void verifiedStyle(Label identity, boolean verified) {
        identity.getStyleClass().removeAll("verified", "unverified");
        identity.getStyleClass().add(verified ? "verified" : "unverified");
    }

    Parent root() {
        return root;
    }

    /** The keyboard goes to the message box: where the customer writes to the technician. */
    void focusMessageBox() {
        chat.focusTarget().requestFocus();
    }

    /** Ctrl+1, Ctrl+2, Ctrl+3 in this window: plan, message box, activity. */
    void installFocusKeys(javafx.scene.Scene scene) {
        Shortcuts.installFocusKeys(scene, plan.focusTarget(), chat.focusTarget(), activity.focusTarget());
    }
}
