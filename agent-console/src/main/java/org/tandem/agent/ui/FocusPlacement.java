package org.tandem.agent.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;

/**
 * Keeps the keyboard focus on something harmless for each step of a session, so that a Space or
 * Enter typed at the wrong moment (often meant for the customer's computer) never ends a session
 * or presses another toolbar button. Toolbar buttons themselves never take the focus. Only the
 * session in front places the focus: one in another tab never takes the keyboard away.
 */
final class FocusPlacement {
    /** Where the focus goes at each step. */
    record Targets(Node copyCode, Node screen, Node newCode, Node neutral) {}

    private final ConsoleViewModel model;
    private final Targets targets;

    private FocusPlacement(ConsoleViewModel model, Targets targets) {
        this.model = model;
        this.targets = targets;
    }

    static void attach(ConsoleViewModel model, Targets targets) {
        FocusPlacement placement = new FocusPlacement(model, targets);
        model.stateProperty().addListener((obs, was, now) -> placement.placeLater());
        model.newCodeOfferedProperty().addListener((obs, was, now) -> placement.placeLater());
        model.controlProperty().addListener((obs, was, now) -> {
            if (now != ControlState.IN_CONTROL) {
                placement.placeLater();
            }
        });
        model.frontProperty().addListener((obs, was, front) -> {
            if (front) {
                placement.placeLater();
            }
        });
        targets.neutral().sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                placement.placeLater();
            }
        });
    }

    private void placeLater() {
        // After this pulse's bindings have shown and hidden what the new state needs.
        Platform.runLater(this::place);
    }

    private void place() {
        if (!model.frontProperty().get()) {
            return; // another customer's tab is in front: never take the keyboard from it
        }
        Node target = target();
        if (target.getScene() == null || typingInAField(target)) {
            return;
        }
        target.requestFocus();
    }

    private Node target() {
        return switch (model.stateProperty().get()) {
            case WAITING_FOR_CUSTOMER -> targets.copyCode();
            case VIEWING -> targets.screen();
            case ENDED, IDLE -> model.newCodeOfferedProperty().get() ? targets.newCode() : targets.neutral();
            case CREATING, CONNECTED, RECONNECTING -> targets.neutral();
        };
    }

    /** The technician is typing in a field that is still there: leave them be. */
    private static boolean typingInAField(Node target) {
        Node owner = target.getScene().getFocusOwner();
        return owner instanceof TextInputControl field && owner != target && field.isEditable()
                && !field.isDisabled() && field.isVisible() && treeVisible(field);
    }

    private static boolean treeVisible(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
