package org.tandem.customer.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.tandem.customer.session.CustomerState;

/**
 * Pause sharing (or Share screen), Stop control and End session: the way out, the same in the session
 * bar and in the customer's window. Pause and Stop control act at once; End session asks first
 * ({@link EndSessionQuestion}). Each button has a mnemonic and a tooltip; ids start with a
 * prefix so both copies can be told apart.
 *
 * <p>When control ends, Stop control goes; its place stays empty while the pointer is still on the
 * buttons, so that none slides under it. The focus it held would fall to the next button, Pause
 * sharing, where one more Space or Enter from a customer who pressed twice to be sure (or whose key
 * repeated) would pause sharing unasked. It rests instead on the statement that says the mouse and
 * keyboard are the customer's again: what they wanted to hear, a place where keys do nothing, and
 * one Tab from Pause sharing when they do want it.
 */
final class SessionControls {
    private final HBox root = new HBox(10);
    private final Button share = new Button();
    private final Button stopControl = new Button(Texts.get("controls.stopControl"));
    private final Button end = new Button(Texts.get("controls.end"));

    /** @param afterStop where the focus rests when Stop control goes while it has it: what says control is back */
    SessionControls(CustomerViewModel model, String idPrefix, javafx.scene.Node afterStop) {
        share.setId(idPrefix + "ShareButton");
        share.textProperty().bind(Bindings.when(model.stateProperty().isEqualTo(CustomerState.SHARING))
                .then(Texts.get("controls.pause")).otherwise(Texts.get("controls.share")));
        share.disableProperty().bind(model.stateProperty().isNotEqualTo(CustomerState.SHARING)
                .and(model.stateProperty().isNotEqualTo(CustomerState.NOT_SHARING)));
        share.setOnAction(e -> model.toggleSharing());
        share.setTooltip(new Tooltip(Texts.get("controls.share.tip")));

        stopControl.setId(idPrefix + "StopControlButton");
        stopControl.getStyleClass().add("stop-control");
        stopControl.setOnAction(e -> model.stopControl());
        stopControl.visibleProperty().bind(model.control().grantedProperty());
        // Where Stop control was stays empty while the pointer is still on these buttons: Pause sharing
        // must not slide under a pointer that has just pressed Stop control, for a second click to pause.
        BooleanProperty keepRoom = new SimpleBooleanProperty();
        root.hoverProperty().addListener((obs, was, over) -> keepRoom.set(keepRoom.get() && over));
        stopControl.visibleProperty().addListener((obs, was, shown) -> keepRoom.set(!shown && root.isHover()));
        stopControl.managedProperty().bind(stopControl.visibleProperty().or(keepRoom));
        stopControl.setTooltip(new Tooltip(Texts.get("controls.stopControl.tip")));
        // The scene moves the focus off a hidden node only at its next pulse: until then it is still here.
        stopControl.visibleProperty().addListener((obs, was, shown) -> {
            if (!shown && stopControl.isFocused()) {
                afterStop.requestFocus();
            }
        });

        end.setId(idPrefix + "EndButton");
        end.setOnAction(e -> EndSessionQuestion.askThenEnd(end.getScene().getWindow(), model));
        // Never the focus a window opens with: one Space must not end the session. Ctrl+E and Alt+E reach it.
        end.setFocusTraversable(false);
        end.setTooltip(new Tooltip(Texts.get("controls.end.tip")));

        for (Button button : new Button[] {share, stopControl, end}) {
            button.setMnemonicParsing(true);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        root.getChildren().addAll(stopControl, share, end);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    HBox root() {
        return root;
    }

    Button share() {
        return share;
    }

    Button stopControl() {
        return stopControl;
    }

    Button end() {
        return end;
    }
}
