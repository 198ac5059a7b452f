package org.tandem.agent.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.tandem.agent.session.AgentState;

/**
 * Hands on each session's code for scripts (and the demo), which read it from standard output.
 * A tab's first code is printed after the first codes of the tabs opened before it, whichever the relay
 * answered first: the demo gives the first code printed to the customer it starts first, who must join
 * the first tab and be "Customer 1", as the technician reads the tabs. A later code (a fresh one for the
 * same customer) is printed as it comes.
 */
final class SessionCodePrinter {
    private final Consumer<String> out;
    /** Tabs whose first code is not printed yet, in the order they were opened. */
    private final List<SessionTabViewModel> waiting = new ArrayList<>();

    private SessionCodePrinter(Consumer<String> out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Hands {@code out} the code of every tab opened in {@code tabs} from now on, in that order (FX thread). */
    static void install(ObservableList<SessionTabViewModel> tabs, Consumer<String> out) {
        SessionCodePrinter printer = new SessionCodePrinter(out);
        tabs.addListener((ListChangeListener<SessionTabViewModel>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(printer::watch);
                if (change.wasRemoved()) {
                    // A tab closed before its code came holds back no other.
                    printer.waiting.removeAll(change.getRemoved());
                    printer.printInOrder();
                }
            }
        });
    }

    private void watch(SessionTabViewModel tab) {
        waiting.add(tab);
        tab.console().codeProperty().addListener((obs, was, code) -> {
            if (code.isEmpty()) {
                return;
            }
            if (waiting.contains(tab)) {
                printInOrder();
            } else {
                out.accept(code);
            }
        });
        // A session that ended (the relay could not be reached) or was cancelled before its code came
        // holds back no later tab's code either.
        tab.console().stateProperty().addListener((obs, was, now) -> {
            if ((now == AgentState.ENDED || now == AgentState.IDLE) && tab.console().codeProperty().get().isEmpty()
                    && waiting.remove(tab)) {
                printInOrder();
            }
        });
        printInOrder();
    }

    /** The first codes that came, up to the first tab still waiting for its own. */
    private void printInOrder() {
        while (!waiting.isEmpty() && !waiting.get(0).console().codeProperty().get().isEmpty()) {
            out.accept(waiting.remove(0).console().codeProperty().get());
        }
    }
}
