package org.tandem.agent.ui.plan;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tandem.agent.ui.TabMovesFocus;
import org.tandem.agent.ui.Texts;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.conversation.StepState;

/**
 * The Plan tab: the steps in order with their states, and an editor for the chosen step (or a new
 * one): title, optional detail, optional linked action. Buttons move, remove and run steps.
 */
public final class PlanView {
    private final VBox root = new VBox(6);
    private final ScrollPane scroller = new ScrollPane(root);
    /** The id of the step last chosen, to choose it again when the list is replaced. */
    private String lastChosen;

    public PlanView(PlanViewModel model) {
        ListView<PlanStep> list = new ListView<>(model.steps());
        list.setId("planSteps");
        Label empty = new Label(Texts.get("plan.empty"));
        empty.setWrapText(true);
        empty.setPadding(new Insets(12));
        list.setPlaceholder(empty);
        // Room for a few steps, or the whole "no steps yet" line, however large the text is scaled.
        list.setStyle("-fx-min-height: 8em;");
        list.setCellFactory(view -> new StepCell(model, view));
        VBox.setVgrow(list, Priority.ALWAYS);
        model.answers().addListener((javafx.collections.MapChangeListener<String, String>) change -> list.refresh());
        model.outcomes().addListener((javafx.collections.MapChangeListener<String, String>) change -> list.refresh());

        TextField title = new TextField();
        title.setId("stepTitle");
        title.setPromptText(Texts.get("plan.titlePrompt"));
        TextArea detail = new TextArea();
        detail.setId("stepDetail");
        detail.setPromptText(Texts.get("plan.detailPrompt"));
        detail.setPrefRowCount(2);
        detail.setWrapText(true);
        TabMovesFocus.install(detail);
        ComboBox<ActionDescriptor> action = new ComboBox<>();
        action.setId("stepAction");
        action.setPromptText(Texts.get("plan.noAction"));
        action.setMaxWidth(Double.MAX_VALUE);
        action.setCellFactory(view -> new ActionCell());
        action.setButtonCell(new ActionCell());
        Runnable refreshActions = () -> {
            ActionDescriptor chosen = action.getValue();
            action.getItems().setAll(model.catalog());
            action.getItems().add(0, null);
            action.setValue(chosen);
        };
        model.catalog().addListener((ListChangeListener<ActionDescriptor>) change -> {
            refreshActions.run();
            list.refresh(); // a step's action may have become available, or stopped being so
        });
        refreshActions.run();
        // As on the Actions tab: an action the customer's computer cannot run can be picked, and says why.
        Label actionNote = new Label();
        actionNote.setId("stepActionNote");
        actionNote.setWrapText(true);
        actionNote.setMinHeight(Region.USE_PREF_SIZE);
        actionNote.textProperty().bind(Bindings.createStringBinding(() -> action.getValue() == null
                || action.getValue().available() ? "" : whyNotAvailable(action.getValue()), action.valueProperty()));
        actionNote.visibleProperty().bind(actionNote.textProperty().isNotEmpty());
        actionNote.managedProperty().bind(actionNote.visibleProperty());

        Button add = new Button(Texts.get("plan.add"));
        add.setId("addStepButton");
        add.setTooltip(new Tooltip(Texts.get("plan.addTip")));
        add.setOnAction(e -> {
            if (model.add(title.getText(), detail.getText(), actionId(action))) {
                title.clear();
                detail.clear();
                action.setValue(null);
                list.getSelectionModel().clearSelection();
                title.requestFocus();
            }
        });
        title.setOnAction(e -> add.fire());
        Button save = new Button(Texts.get("plan.save"));
        save.setId("saveStepButton");
        save.setTooltip(new Tooltip(Texts.get("plan.saveTip")));
        save.setOnAction(e -> {
            PlanStep selected = list.getSelectionModel().getSelectedItem();
            if (selected != null) {
                model.edit(selected.id(), title.getText(), detail.getText(), actionId(action));
            }
        });
        Button up = new Button(Texts.get("plan.up"));
        up.setId("stepUpButton");
        up.setTooltip(new Tooltip(Texts.get("plan.upTip")));
        up.setOnAction(e -> moveSelected(list, model, -1));
        Button down = new Button(Texts.get("plan.down"));
        down.setId("stepDownButton");
        down.setTooltip(new Tooltip(Texts.get("plan.downTip")));
        down.setOnAction(e -> moveSelected(list, model, 1));
        Button remove = new Button(Texts.get("plan.remove"));
        remove.setId("removeStepButton");
        remove.setOnAction(e -> {
            PlanStep selected = list.getSelectionModel().getSelectedItem();
            if (selected != null) {
                model.remove(selected.id());
            }
        });
        ComboBox<StepState> state = new ComboBox<>();
        state.getItems().setAll(StepState.values());
        state.setId("stepState");
        state.setTooltip(new Tooltip(Texts.get("plan.stateTip")));
        state.setCellFactory(view -> new StateCell());
        state.setButtonCell(new StateCell());
        state.setOnAction(e -> {
            PlanStep selected = list.getSelectionModel().getSelectedItem();
            if (selected != null && state.getValue() != null) {
                model.setState(selected.id(), state.getValue());
            }
        });
        Button run = new Button(Texts.get("plan.run"));
        run.setId("runStepButton");
        run.setTooltip(new Tooltip(Texts.get("plan.runTip")));
        run.setOnAction(e -> {
            PlanStep selected = list.getSelectionModel().getSelectedItem();
            if (selected != null) {
                model.runStep(selected.id());
            }
        });
        // Once the session has ended its plan is as it was last sent: nothing here changes it.
        var ended = model.editableProperty().not();
        var noSelection = list.getSelectionModel().selectedItemProperty().isNull();
        for (Node node : new Node[] {save, up, down, remove, state}) {
            node.disableProperty().bind(noSelection.or(ended));
        }
        for (Node node : new Node[] {title, detail, action, add}) {
            node.disableProperty().bind(ended);
        }
        run.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            PlanStep selected = list.getSelectionModel().getSelectedItem();
            return selected == null || selected.actionId().isEmpty();
        }, list.getSelectionModel().selectedItemProperty()).or(ended));

        list.getSelectionModel().selectedItemProperty().addListener((obs, was, step) -> {
            if (step == null) {
                return;
            }
            title.setText(step.title());
            detail.setText(step.detail());
            action.setValue(model.catalog().stream().filter(a -> a.id().equals(step.actionId())).findFirst().orElse(null));
            state.setValue(step.state());
        });
        // The list is replaced as a whole on each change: keep the same step chosen.
        // The list is replaced as a whole on each change, which clears its selection: choose the same step again.
        model.steps().addListener((ListChangeListener<PlanStep>) change -> {
            String chosen = lastChosen;
            if (chosen != null && list.getSelectionModel().getSelectedItem() == null) {
                model.steps().stream().filter(s -> s.id().equals(chosen)).findFirst()
                        .ifPresent(s -> list.getSelectionModel().select(s));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> lastChosen = now == null
                ? lastChosen : now.id());

        Label message = new Label();
        message.setId("planMessage");
        message.setWrapText(true);
        // A message is read whole: the label takes the lines it needs and the tab scrolls instead.
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());

        FlowPane order = new FlowPane(6, 6, up, down, remove, state, run);
        HBox edit = new HBox(6, add, save);
        // The message under the list, whose room it takes: nothing of the editor below moves when one appears,
        // so a click aimed at a field or a button still lands on it.
        root.getChildren().addAll(list, message, order, new Label(Texts.get("plan.editor")), title, detail, action,
                actionNote, edit);
        root.setPadding(new Insets(8));
        root.setId("planPanel");
        // On a low window or at 200 % the editor below the list does not fit: the tab scrolls instead.
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setStyle("-fx-background-color: transparent; -fx-background-insets: 0; -fx-padding: 0;");
    }


    private static void moveSelected(ListView<PlanStep> list, PlanViewModel model, int by) {
        PlanStep selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.move(selected.id(), by);
        }
    }

    /**
     * A state in the technician's words: the customer reads "needs your OK" on their side, the
     * technician "needs the customer's OK".
     */
    static String words(StepState state) {
        return Texts.get("plan.state." + state.name());
    }

    private static String whyNotAvailable(ActionDescriptor action) {
        return action.unavailableReason().isBlank() ? Texts.get("actions.unavailableNoReason")
                : Texts.format("actions.unavailable", action.unavailableReason());
    }

    private static String actionId(ComboBox<ActionDescriptor> action) {
        return action.getValue() == null ? "" : action.getValue().id();
    }

    public Node root() {
        return scroller;
    }

    /** A step: its number, title and state; under it the detail, the linked action and the customer's answer. */
    private static final class StepCell extends ListCell<PlanStep> {
        private final PlanViewModel model;
        private final Label title = new Label();
        private final Label more = new Label();
        private final VBox box = new VBox(2, title, more);

        StepCell(PlanViewModel model, ListView<PlanStep> list) {
            this.model = model;
            title.setWrapText(true);
            more.setWrapText(true);
            // A state's colour, and the detail's grey, read on a plain row, not on the selection's blue: there the
            // words take the row's own text colour.
            selectedProperty().addListener((obs, was, now) -> styleTitle(getItem()));
            box.maxWidthProperty().bind(list.widthProperty().subtract(30));
            title.maxWidthProperty().bind(box.maxWidthProperty());
            more.maxWidthProperty().bind(box.maxWidthProperty());
        }

        private void styleTitle(PlanStep step) {
            if (step == null) {
                return;
            }
            boolean bold = step.state() == StepState.IN_PROGRESS || step.state() == StepState.NEEDS_OK;
            String colour = isSelected() ? "-fx-text-background-color" : switch (step.state()) {
                case IN_PROGRESS -> "#0d47a1";
                case DONE -> "#2e7d32";
                case SKIPPED -> "#666";
                case NEEDS_OK -> "#8d6e00";
                case PLANNED -> "-fx-text-background-color";
            };
            title.setStyle((bold ? "-fx-font-weight: bold; " : "") + "-fx-text-fill: " + colour + ";");
            more.setStyle("-fx-text-fill: " + (isSelected() ? "-fx-text-background-color" : "#555") + ";");
        }

        @Override
        protected void updateItem(PlanStep step, boolean empty) {
            super.updateItem(step, empty);
            if (empty || step == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            title.setText((getIndex() + 1) + ". " + step.title() + " — " + words(step.state()));
            styleTitle(step);
            StringBuilder lines = new StringBuilder(step.detail());
            if (!step.actionId().isEmpty()) {
                ActionDescriptor linked = model.catalog().stream().filter(a -> a.id().equals(step.actionId()))
                        .findFirst().orElse(null);
                lines.append(lines.isEmpty() ? "" : "\n").append(linked == null
                        ? Texts.format("plan.runs", step.actionId())
                        : Texts.format(linked.available() ? "plan.runs" : "plan.runsUnavailable", linked.title()));
            }
            for (String said : new String[] {model.answers().get(step.id()), model.outcomes().get(step.id())}) {
                if (said != null) {
                    lines.append(lines.isEmpty() ? "" : "\n").append(said);
                }
            }
            more.setText(lines.toString());
            more.setVisible(!lines.isEmpty());
            more.setManaged(!lines.isEmpty());
            setText(null);
            setGraphic(box);
        }
    }

    /**
     * An action a step may run. Those the customer's computer cannot run are marked and drawn fainter,
     * as on the Actions tab, but can be picked: picking one says why.
     */
    private static final class ActionCell extends ListCell<ActionDescriptor> {
        @Override
        protected void updateItem(ActionDescriptor action, boolean empty) {
            super.updateItem(action, empty);
            boolean unavailable = !empty && action != null && !action.available();
            setText(empty ? null : action == null ? Texts.get("plan.noAction")
                    : unavailable ? Texts.format("plan.actionItemUnavailable", action.title()) : action.title());
            setOpacity(unavailable ? 0.65 : 1);
        }
    }

    private static final class StateCell extends ListCell<StepState> {
        @Override
        protected void updateItem(StepState state, boolean empty) {
            super.updateItem(state, empty);
            setText(empty || state == null ? null : words(state));
        }
    }
}
