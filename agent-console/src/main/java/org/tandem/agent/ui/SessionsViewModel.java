package org.tandem.agent.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customers the console serves at once, one tab each. Each New session opens a tab with its own
 * session and view models while the others go on; only the selected tab is in front, and only the
 * session in front takes the technician's input. Closing a tab ends its session as End session does
 * (the console stays open); only closing the window tells the customers that the console closed.
 * Nothing is shared between the sessions but the window's layout.
 */
public final class SessionsViewModel {

    /** Makes the view models of one new session (its own session, journal and workspace state). */
    @FunctionalInterface
    public interface WorkspaceFactory {
        ConsoleWorkspace open();
    }

    private final WorkspaceFactory factory;
    private final ObservableList<SessionTabViewModel> tabs = FXCollections.observableArrayList();
    private final ObservableList<SessionTabViewModel> tabsView = FXCollections.unmodifiableObservableList(tabs);
    private final ReadOnlyObjectWrapper<SessionTabViewModel> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty customerReference = new SimpleStringProperty("");
    private final ObjectProperty<WorkspaceLayoutStore.Layout> layout =
            new SimpleObjectProperty<>(WorkspaceLayoutStore.Layout.defaults());
    private final BooleanBinding empty = Bindings.isEmpty(tabs);
    /** Closed tabs whose session is still ending: the console waits for them too as it closes. */
    private final List<SessionTabViewModel> closing = new ArrayList<>();
    /** Numbers given to customers without a name so far, in the order of their tabs: "Customer 1", "Customer 2"… (FX thread). */
    private int customersWithoutName;

    public SessionsViewModel(WorkspaceFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** The open tabs, in the order they were opened. */
    public ObservableList<SessionTabViewModel> tabs() {
        return tabsView;
    }

    /** The tab in front; null while none is open. */
    public ReadOnlyObjectProperty<SessionTabViewModel> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public BooleanBinding emptyProperty() {
        return empty;
    }

    /** What the technician types for the next session: the customer's name or a ticket reference. */
    public StringProperty customerReferenceProperty() {
        return customerReference;
    }

    /**
     * How the technician last arranged a session's split and side tabs: new tabs open that way, and
     * the console remembers it for next time.
     */
    public ObjectProperty<WorkspaceLayoutStore.Layout> layoutProperty() {
        return layout;
    }

    /** Opens a tab with a new session for the reference typed, brings it in front and asks for its code. */
    public SessionTabViewModel newSession() {
        String reference = customerReference.get() == null ? "" : customerReference.get().strip();
        // A tab opened without a name holds its number from the start, so "Customer 1" is the first such
        // tab even when its customer joins after the second one's.
        int number = reference.isEmpty() ? ++customersWithoutName : 0;
        SessionTabViewModel tab = new SessionTabViewModel(factory.open(),
                () -> number > 0 ? number : ++customersWithoutName);
        tab.console().setFront(false);
        tab.console().customerReferenceProperty().set(reference);
        tabs.add(tab);
        select(tab);
        customerReference.set("");
        tab.console().newSession();
        return tab;
    }

    /** Brings a tab in front; the one in front before lets go of the keyboard and mouse first. */
    public void select(SessionTabViewModel tab) {
        if (tab == null || !tabs.contains(tab) || tab == selected.get()) {
            return;
        }
        SessionTabViewModel was = selected.get();
        if (was != null) {
            was.console().setFront(false);
        }
        selected.set(tab);
        tab.console().setFront(true);
    }

    /** The tab at {@code index} (0 is the first); nothing when there is none. */
    public void select(int index) {
        if (index >= 0 && index < tabs.size()) {
            select(tabs.get(index));
        }
    }

    /** The last tab, as Ctrl+9 does in browsers. */
    public void selectLast() {
        select(tabs.size() - 1);
    }

    /** The next tab, after the last the first. */
    public void selectNext() {
        step(1);
    }

    /** The previous tab, before the first the last. */
    public void selectPrevious() {
        step(-1);
    }

    private void step(int by) {
        if (tabs.isEmpty()) {
            return;
        }
        int at = Math.max(0, tabs.indexOf(selected.get()));
        select(Math.floorMod(at + by, tabs.size()));
    }

    /**
     * Closes a tab: its session ends as End session ends it (the journal closes with its checkpoints
     * exchanged and the recap is written, in the background), and the next tab comes in front. The
     * console stays open, so neither side reads that it closed. Ask first when
     * {@link SessionTabViewModel#needsConfirmation()}.
     */
    public void close(SessionTabViewModel tab) {
        int at = tabs.indexOf(tab);
        if (at < 0) {
            return;
        }
        tab.console().setFront(false);
        tab.console().endSession();
        if (tab.console().canEndProperty().get()) {
            closing.add(tab);
            tab.console().canEndProperty().addListener((obs, was, going) -> {
                if (!going) {
                    closing.remove(tab);
                }
            });
        }
        if (tab == selected.get()) {
            selected.set(null);
            tabs.remove(at);
            select(Math.min(at, tabs.size() - 1));
        } else {
            tabs.remove(at);
        }
    }

    /** Tabs whose customer is connected: closing the window asks about these. */
    public List<SessionTabViewModel> needingConfirmation() {
        return tabs.stream().filter(SessionTabViewModel::needsConfirmation).toList();
    }

    /** Ends every session as the console closes: the customers read that the technician closed it. */
    public void endAll() {
        tabs.forEach(tab -> {
            tab.console().setFront(false);
            tab.console().endSessionBecauseClosed();
        });
    }

    /** Whether no session is still going, in an open tab or in one closed while its session was ending. */
    public boolean allEnded() {
        return tabs.stream().allMatch(tab -> !tab.console().canEndProperty().get()) && closing.isEmpty();
    }
}
