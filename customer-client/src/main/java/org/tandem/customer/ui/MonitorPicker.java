package org.tandem.customer.ui;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** "Monitor to share: [Monitor 1 (1280×800, main) ▾]", shown only when there is more than one monitor. */
final class MonitorPicker {
    private final HBox root = new HBox(6);

    MonitorPicker(MonitorPickerViewModel model) {
        ComboBox<String> picker = new ComboBox<>(model.choices());
        picker.setId("monitorPicker");
        picker.setTooltip(new Tooltip(Texts.get("monitors.tip")));
        picker.setAccessibleText(Texts.get("monitors.tip"));
        Label label = new Label(Texts.get("monitors.label"));
        label.setMnemonicParsing(true);
        label.setLabelFor(picker);
        label.setMinWidth(Region.USE_PREF_SIZE);
        Runnable show = () -> picker.getSelectionModel().select(model.selectedProperty().get());
        model.selectedProperty().addListener((obs, was, now) -> show.run());
        model.choices().addListener((javafx.collections.ListChangeListener<String>) change -> show.run());
        show.run();
        picker.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> {
            if (now.intValue() >= 0 && now.intValue() != model.selectedProperty().get()) {
                model.select(now.intValue());
            }
        });
        root.getChildren().addAll(label, picker);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setId("monitorChoice");
        root.visibleProperty().bind(model.shownProperty());
        root.managedProperty().bind(root.visibleProperty());
    }

    HBox root() {
        return root;
    }
}
