package org.tandem.agent.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** Scripts (and the demo) read each session's code from standard output: "Session code: 482-193775". */
final class SessionCodePrinter {
    private final Consumer<String> out;

    private SessionCodePrinter(Consumer<String> out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Prints the code of every tab opened in {@code tabs} from now on, as it comes (FX thread). */
    static void install(ObservableList<SessionTabViewModel> tabs, Consumer<String> out) {
        SessionCodePrinter printer = new SessionCodePrinter(out);
        tabs.addListener((ListChangeListener<SessionTabViewModel>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(printer::watch);
            }
        });
    }

    private void watch(SessionTabViewModel tab) {
        tab.console().codeProperty().addListener((obs, was, code) -> {
            if (!code.isEmpty()) {
                out.accept("Session code: " + code);
            }
        });
    }
}
