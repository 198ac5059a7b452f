package org.tandem.agent.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import impl.org.controlsfx.skin.DecorationPane;
import org.tandem.agent.session.ActionStatus;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ParameterSpec;

/**
 * The technician's actions on the customer's computer: pick one from the customer's catalog, fill in
 * its target (a program to remove or to end is picked from what the customer's lists found), run it,
 * and follow each request from consent to result.
 */
final class ActionsPanel {
    private final VBox content = new VBox(8);
    /**
     * Where the marks of what still needs filling in are drawn. Without it ControlsFX would put one
     * around the whole window the first time a mark is needed, taking every node out of the window
     * and back: the keyboard would land in the window's first field.
     */
    private final DecorationPane marked = new DecorationPane();
    /** In a low window or at large text the tab is taller than the room it gets: it scrolls, as the plan does. */
    private final ScrollPane root = new ScrollPane(marked);
    private final VBox parameters = new VBox(6);
    private final Map<String, TextInputControl> inputs = new LinkedHashMap<>();
    /** The chosen action's first field, where the keyboard goes once it is chosen; null when it has none. */
    private Node firstField;
    private final ResultTableModel result = new ResultTableModel();
    private final ComboBox<ActionDescriptor> choice;
    private final Button run;
    /** A target the chosen action needs is not filled in yet. */
    private final javafx.beans.property.BooleanProperty targetMissing = new javafx.beans.property.SimpleBooleanProperty();
    /** Counts edits of the chosen action's target, for what depends on the target as a whole. */
    private final javafx.beans.property.IntegerProperty targetEdited = new javafx.beans.property.SimpleIntegerProperty();
    /** Told of each request sent from here, so a plan step handed here can follow it. */
    private java.util.function.BiConsumer<ActionDescriptor, String> onSent = (action, requestId) -> { };

    ActionsPanel(ConsoleViewModel model) {
        ActionBoard actions = model.actions();
        Label title = new Label(Texts.get("actions.title"));
        title.setStyle("-fx-font-weight: bold;");
        Label os = new Label();
        os.setId("customerOsLabel");
        os.textProperty().bind(actions.customerOsProperty());

        choice = new ComboBox<>(actions.catalog());
        choice.setId("actionChoice");
        choice.setPromptText(Texts.get("actions.choose"));
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setCellFactory(list -> new ActionCell());
        choice.setButtonCell(new ActionCell());
        Label touches = new Label();
        touches.setId("actionTouches");
        touches.setWrapText(true);
        // A long result below must not squeeze the description to one cut-off line.
        touches.setMinHeight(Region.USE_PREF_SIZE);
        choice.valueProperty().addListener((obs, was, action) -> {
            touches.setText(action == null ? "" : action.available() ? action.touches() : whyNotAvailable(action));
            showParameters(action, model);
        });
        // Chosen from the open list: the technician goes on in its first field. Going through the closed
        // list with the arrow keys leaves the keyboard on it.
        ActionDescriptor[] shownWith = {null};
        choice.setOnShown(e -> shownWith[0] = choice.getValue());
        choice.setOnHidden(e -> {
            if (choice.getValue() != shownWith[0]) {
                focusFirstField();
            }
        });

        run = new Button(Texts.get("actions.run"));
        run.setId("runActionButton");
        run.setTooltip(new Tooltip(KeyboardShortcuts.tip(Texts.get("actions.runTip"),
                KeyboardShortcuts.mnemonic('U'))));
        // The same request still under way is not asked again: Run waits, and says why.
        Label waiting = new Label();
        waiting.setId("runWaitingNote");
        waiting.setWrapText(true);
        waiting.setMinHeight(Region.USE_PREF_SIZE);
        // Once the session has ended nothing more can be run; the note says so, and Run waits for good.
        waiting.textProperty().bind(Bindings.createStringBinding(
                () -> model.stateProperty().get() == org.tandem.agent.session.AgentState.ENDED ? Texts.get("actions.ended")
                        : choice.getValue() == null ? "" : actions.whyNotAgain(choice.getValue(), values()),
                choice.valueProperty(), targetEdited, actions.requests(), model.stateProperty()));
        waiting.visibleProperty().bind(waiting.textProperty().isNotEmpty());
        waiting.managedProperty().bind(waiting.visibleProperty());
        run.disableProperty().bind(Bindings.createBooleanBinding(
                () -> choice.getValue() == null || !choice.getValue().available() || targetMissing.get(),
                choice.valueProperty(), targetMissing).or(waiting.visibleProperty()));
        run.setOnAction(e -> {
            ActionDescriptor action = choice.getValue();
            actions.run(action, values()).ifPresent(requestId -> onSent.accept(action, requestId));
        });

        ListView<ActionStatus> requests = new ListView<>(actions.requests());
        requests.setId("actionRequests");
        requests.setCellFactory(list -> new RequestCell(list));
        // Room for three requests of two lines, in the text's own size; in a small window the tab scrolls
        // instead of squeezing the list to a row and a half (a style, which the code's own sizes would not override).
        requests.setStyle("-fx-pref-height: 12em; -fx-min-height: 12em;");
        // Requests wrap to different heights: the newest, which the list follows below, is shown whole, as
        // History's last rows are, also when it is scrolled to before the list has counted it.
        LastRowShownWhole.in(requests);
        // Follow the chosen request through its updates (each replaces it in the list); a new request is chosen.
        String[] followed = {null};
        requests.getItems().addListener((javafx.collections.ListChangeListener<ActionStatus>) change -> {
            boolean added = false;
            while (change.next()) {
                added |= change.wasAdded() && !change.wasReplaced();
            }
            int at = -1;
            for (int i = 0; i < requests.getItems().size(); i++) {
                if (requests.getItems().get(i).requestId().equals(followed[0])) {
                    at = i;
                }
            }
            if (added || at < 0) {
                at = requests.getItems().size() - 1;
            }
            if (at >= 0) {
                requests.getSelectionModel().select(at);
                requests.scrollTo(at);
            }
            result.show(requests.getSelectionModel().getSelectedItem());
        });
        requests.getSelectionModel().selectedItemProperty().addListener((obs, was, status) -> {
            if (status != null) {
                followed[0] = status.requestId();
            }
        });
        requests.getSelectionModel().selectedItemProperty().addListener((obs, was, status) -> result.show(status));
        ResultWindow larger = new ResultWindow(result);
        Node resultView = new ResultTableView(result, larger::show).root();
        VBox.setVgrow(resultView, Priority.ALWAYS);
        Button cancel = new Button(Texts.get("actions.cancel"));
        cancel.setId("cancelActionButton");
        cancel.setTooltip(new Tooltip(KeyboardShortcuts.tip(Texts.get("actions.cancelTip"),
                KeyboardShortcuts.mnemonic('L'))));
        cancel.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ActionStatus selected = requests.getSelectionModel().getSelectedItem();
            return selected == null || selected.stage().isFinished();
        }, requests.getSelectionModel().selectedItemProperty(), actions.requests()));
        cancel.setOnAction(e -> actions.cancel(requests.getSelectionModel().getSelectedItem()));

        content.getChildren().addAll(title, os, choice, touches, parameters, run, waiting,
                new Label(Texts.get("actions.requests")), requests, cancel, resultView);
        content.setPadding(new Insets(8));
        content.setPrefWidth(360);
        marked.setRoot(content);
        marked.setId("actionsPanel");
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setStyle("-fx-background-color: transparent; -fx-background-insets: 0; -fx-padding: 0;");
    }

    Node root() {
        return root;
    }

    /** Tells {@code sent} of each request sent from here, with its id (FX thread). */
    void onSent(java.util.function.BiConsumer<ActionDescriptor, String> sent) {
        this.onSent = java.util.Objects.requireNonNull(sent, "sent");
    }

    /** Chooses an action, for a plan step whose action needs a target filled in here. */
    void choose(ActionDescriptor action) {
        choice.setValue(action);
        // Once the tab that shows it is in front.
        javafx.application.Platform.runLater(this::focusFirstField);
    }

    private void focusFirstField() {
        if (firstField != null) {
            firstField.requestFocus();
        }
    }

    private void showParameters(ActionDescriptor action, ConsoleViewModel model) {
        parameters.getChildren().clear();
        inputs.clear();
        firstField = null;
        targetMissing.unbind();
        targetMissing.set(false);
        if (action == null) {
            return;
        }
        // ControlsFX marks what still needs filling in; Run waits for it. An action the customer's computer
        // cannot run shows its fields for what they are, but disabled, unmarked, and the keyboard is not sent there.
        RequiredFields required = new RequiredFields();
        // A name typed that no listed program has, where the customer's computer needs a number, is not sent.
        javafx.beans.binding.BooleanExpression unresolved = javafx.beans.binding.BooleanExpression.booleanExpression(
                new javafx.beans.property.SimpleBooleanProperty());
        boolean usable = action.available();
        Node last = null;
        for (ParameterSpec spec : action.parameters()) {
            TextInputControl input;
            if (spec.kind() == ParameterSpec.Kind.PROGRAM || spec.kind() == ParameterSpec.Kind.PROCESS) {
                ProgramPicker picker = spec.kind() == ParameterSpec.Kind.PROGRAM ? ProgramPicker.installed(spec, model)
                        : ProgramPicker.running(spec, model);
                ComboBox<String> programs = picker.box();
                programs.setDisable(!usable);
                parameters.getChildren().addAll(new Label(spec.label()), programs, picker.note());
                inputs.put(spec.name(), picker.value());
                picker.editor().textProperty().addListener((obs, was, now) -> targetEdited.set(targetEdited.get() + 1));
                firstField = firstField == null && usable ? programs : firstField;
                if (spec.required() && usable) {
                    required.require(picker.editor(), spec.label());
                }
                if (usable) {
                    unresolved = unresolved.or(picker.unresolved());
                }
                last = programs;
                continue;
            }
            input = spec.kind() == ParameterSpec.Kind.PATH_LIST ? new TextArea() : new TextField();
            input.setId("param-" + spec.name());
            if (input instanceof TextArea area) {
                area.setPrefRowCount(3);
                TabMovesFocus.install(area);
            }
            parameters.getChildren().addAll(new Label(spec.required() ? spec.label() : Texts.format("actions.optional", spec.label())), input);
            inputs.put(spec.name(), input);
            input.setDisable(!usable);
            firstField = firstField == null && usable ? input : firstField;
            input.textProperty().addListener((obs, was, now) -> targetEdited.set(targetEdited.get() + 1));
            if (spec.required() && usable) {
                required.require(input, spec.label());
            }
            last = input;
        }
        targetMissing.bind(required.anyMissing().or(unresolved));
        runOnEnter(last);
    }

    /**
     * Enter in the form's last field runs the action as Run would (and, as Run, not while something it
     * needs is missing). In the program picker Enter first picks from its open list; with the list
     * closed it runs. A list of folders takes Enter as a new line.
     */
    private void runOnEnter(Node last) {
        if (last instanceof ComboBox<?> programs) {
            programs.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !programs.isShowing()) {
                    // Once the picker has taken what is typed.
                    javafx.application.Platform.runLater(run::fire);
                }
            });
        } else if (last instanceof TextField field) {
            field.setOnAction(e -> run.fire());
        }
    }

    /** Why an action the customer's computer offers cannot run there, in the customer's side's words when it gave some. */
    private static String whyNotAvailable(ActionDescriptor action) {
        return action.unavailableReason().isBlank() ? Texts.get("actions.unavailableNoReason")
                : Texts.format("actions.unavailable", action.unavailableReason());
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        inputs.forEach((name, input) -> {
            String text = input.getText() == null ? "" : input.getText().strip();
            if (!text.isEmpty()) {
                values.put(name, text);
            }
        });
        return values;
    }

    /** A request: what and where it stands, with a progress bar while it runs. */
    private static final class RequestCell extends ListCell<ActionStatus> {
        private final Label words = new Label();
        private final ProgressBar progress = new ProgressBar();
        private final VBox box = new VBox(3, words, progress);

        RequestCell(ListView<ActionStatus> list) {
            words.setWrapText(true);
            words.setMnemonicParsing(false);
            words.maxWidthProperty().bind(list.widthProperty().subtract(30));
            progress.maxWidthProperty().bind(words.maxWidthProperty());
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ActionStatus status, boolean empty) {
            super.updateItem(status, empty);
            if (empty || status == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            words.setText(status.describe());
            boolean running = status.stage() == ActionStatus.Stage.RUNNING;
            progress.setVisible(running);
            progress.setManaged(running);
            progress.setProgress(status.percent() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : status.percent() / 100.0);
            setText(null);
            setGraphic(box);
        }
    }

    /**
     * An action in the list: its title and how risky it is. Unavailable ones say so and are drawn
     * fainter, but can be picked: picking one tells why it cannot run.
     */
    private static final class ActionCell extends ListCell<ActionDescriptor> {
        @Override
        protected void updateItem(ActionDescriptor action, boolean empty) {
            super.updateItem(action, empty);
            if (empty || action == null) {
                setText(null);
                setOpacity(1);
                return;
            }
            String risk = Texts.get("actions.risk." + action.risk().name());
            setText(Texts.format(action.available() ? "actions.item" : "actions.itemUnavailable", action.title(), risk));
            setOpacity(action.available() ? 1 : 0.65);
        }
    }
}
