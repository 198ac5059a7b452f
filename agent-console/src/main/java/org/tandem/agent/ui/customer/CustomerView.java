package org.tandem.agent.ui.customer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tandem.agent.ui.ColumnFitter;
import org.tandem.agent.ui.Texts;
import org.tandem.agent.ui.WrappingCell;

/** The Customer tab: who this session is for, their system, and the system summary. */
public final class CustomerView {
    private final VBox root = new VBox(8);

    /**
     * @param reference the name or ticket the session was started for
     * @param checkCode the check code both screens show
     * @param naming    names the customer mid-session, beside their name (decision 0046)
     */
    public CustomerView(CustomerViewModel model, ObservableStringValue reference, ObservableStringValue checkCode,
            Button naming) {
        this(model, reference, checkCode, naming, null);
    }

    /** @param earlier the earlier sessions with this customer, under the summary (decision 0048); null for none */
    public CustomerView(CustomerViewModel model, ObservableStringValue reference, ObservableStringValue checkCode,
            Button naming, Node earlier) {
        Label name = new Label();
        name.setId("customerNameLabel");
        name.setMnemonicParsing(false);
        name.setWrapText(true);
        name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        name.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        // With no name or ticket, the computer's own name once its system information was read: the tab's title.
        name.textProperty().bind(Bindings.createStringBinding(() -> !reference.get().isEmpty() ? reference.get()
                : model.computerNameProperty().get().isEmpty() ? Texts.get("customer.unnamed")
                : Texts.format("customer.unnamedComputer", model.computerNameProperty().get()),
                reference, model.computerNameProperty()));
        Label os = new Label();
        os.setId("customerSystemLabel");
        os.setWrapText(true);
        os.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        os.textProperty().bind(Bindings.createStringBinding(() -> model.osProperty().get().isEmpty()
                ? Texts.get("customer.notConnected") : model.osProperty().get(), model.osProperty()));
        Label check = new Label();
        check.textProperty().bind(Bindings.createStringBinding(() -> checkCode.get().isEmpty() ? "—" : checkCode.get(),
                checkCode));
        GridPane who = new GridPane();
        who.setHgap(12);
        who.setVgap(4);
        // The words take the rest of the width and wrap onto more lines, never cut to "…".
        javafx.scene.layout.ColumnConstraints words = new javafx.scene.layout.ColumnConstraints();
        words.setHgrow(Priority.ALWAYS);
        words.setMinWidth(0);
        who.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(), words);
        // Under the name it changes, so that it fits the narrowest side panel too.
        naming.setMinWidth(0);
        naming.setWrapText(true);
        who.addRow(0, heading("customer.name"), name);
        who.add(naming, 1, 1);
        who.addRow(2, heading("customer.system"), os);
        who.addRow(3, heading("customer.checkCode"), check);

        TableView<CustomerViewModel.Fact> facts = new TableView<>(model.facts());
        facts.setId("systemSummary");
        TableColumn<CustomerViewModel.Fact, String> factName = new TableColumn<>(Texts.get("customer.fact"));
        factName.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()).getReadOnlyProperty());
        TableColumn<CustomerViewModel.Fact, String> value = new TableColumn<>(Texts.get("customer.value"));
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()).getReadOnlyProperty());
        // Beside the screen on a small window too, nothing is cut to "…": the names as wide as they need,
        // the values in the rest, wrapping onto more lines.
        value.setCellFactory(c -> new WrappingCell<>());
        facts.getColumns().add(factName);
        facts.getColumns().add(value);
        ColumnFitter.fit(facts, value);
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.messageProperty());
        facts.setPlaceholder(placeholder);
        VBox.setVgrow(facts, Priority.ALWAYS);

        Button read = new Button(Texts.get("customer.read"));
        read.setId("readSystemInfoButton");
        read.setTooltip(new Tooltip(Texts.get("customer.readTip")));
        read.disableProperty().bind(model.osProperty().isEmpty());
        read.setOnAction(e -> model.readSystemInfo());

        root.getChildren().addAll(who, new Label(Texts.get("customer.summary")), facts, read);
        if (earlier != null) {
            VBox.setVgrow(earlier, Priority.ALWAYS);
            root.getChildren().add(earlier);
        }
        root.setPadding(new Insets(8));
        root.setId("customerPanel");
    }

    private static Label heading(String key) {
        Label label = new Label(Texts.get(key));
        label.setStyle("-fx-font-weight: bold;");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    public Node root() {
        return root;
    }
}
