package org.tandem.agent.ui;

import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.tandem.shared.action.ParameterSpec;

/**
 * An action's target program, picked from what one of the customer's lists found and narrowed to
 * those that hold what is typed: the program to remove from the installed programs (by its id, which
 * may also be typed whole), or the program to end from the running programs (shown by its name, sent by
 * its process id, which may also be typed). Before that list has run, it says to run it first; when
 * nothing listed matches, a note says so.
 */
final class ProgramPicker {
    /** The id of the customer's list of installed programs, whose rows an uninstall picks from. */
    private static final String INSTALLED_PROGRAMS = "installed-programs";
    private static final java.util.regex.Pattern PROCESS_ID = java.util.regex.Pattern.compile("[0-9]{1,10}");

    private final ComboBox<String> box;
    private final Label note = new Label();
    /** What is sent: for a process, the id of the one picked or typed; empty while none is. */
    private final TextField sent = new TextField();
    private final BooleanProperty unresolved = new SimpleBooleanProperty();
    private final ListedPrograms listed;
    private final boolean processes;
    private final String listTitle;
    /** Follows a new list of programs; held here, as the list holds it weakly. */
    private final ListChangeListener<String> relisted;
    /** A pick is being let go of, keeping the words shown: what passes meanwhile is not an edit. */
    private boolean lettingGo;

    private ProgramPicker(ParameterSpec spec, ConsoleViewModel model, boolean processes) {
        ActionBoard board = model.actions();
        this.processes = processes;
        listed = processes ? board.runningPrograms() : board.installedPrograms();
        String listId = processes ? ActionBoard.RUNNING_PROGRAMS : INSTALLED_PROGRAMS;
        listTitle = board.titleOf(listId,
                Texts.get(processes ? "actions.processListDefault" : "actions.programListDefault"));
        FilteredList<String> offered = new FilteredList<>(listed.keys());
        box = new ComboBox<>(offered);
        box.setEditable(true);
        box.setId("param-" + spec.name());
        box.setMaxWidth(Double.MAX_VALUE);
        if (processes) {
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(String key) {
                    return key == null ? "" : shown(key);
                }

                @Override
                public String fromString(String typed) {
                    return typed == null ? null : resolve(typed).orElse(typed);
                }
            });
        }
        // Before the list has run there is nothing to pick; after, there is.
        String first = board.catalog().stream().filter(a -> a.id().equals(listId) && a.available())
                .map(a -> Texts.format("actions.programPrompt", a.title())).findFirst()
                .orElse(Texts.get(processes ? "actions.processType" : "actions.programType"));
        box.promptTextProperty().bind(Bindings.when(Bindings.isEmpty(listed.keys())).then(first)
                .otherwise(Texts.get(processes ? "actions.processPick" : "actions.programPick")));
        note.setId("programMatchNote");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        Runnable narrow = () -> narrow(offered);
        letGoOfAPickOnceEdited();
        box.getEditor().textProperty().addListener((obs, was, now) -> {
            if (lettingGo) {
                return;
            }
            String text = now == null ? "" : now.strip();
            sent.setText(processes ? resolve(text).orElse("") : text);
            unresolved.set(processes && !text.isEmpty() && sent.getText().isEmpty());
            // Picking a program writes it here too: then there is nothing to narrow.
            if (now == null || !now.equals(box.getConverter().toString(box.getValue()))) {
                narrow.run();
            }
        });
        relisted = change -> {
            narrow.run();
            String text = box.getEditor().getText() == null ? "" : box.getEditor().getText().strip();
            sent.setText(processes ? resolve(text).orElse("") : text);
        };
        // The list outlives the picker, which goes with the next action chosen.
        listed.keys().addListener(new WeakListChangeListener<>(relisted));
        OpenListFits.in(box);
    }

    /** The picker of a PROGRAM parameter: the installed programs. */
    static ProgramPicker installed(ParameterSpec spec, ConsoleViewModel model) {
        return new ProgramPicker(spec, model, false);
    }

    /** The picker of a PROCESS parameter: the running programs. */
    static ProgramPicker running(ParameterSpec spec, ConsoleViewModel model) {
        return new ProgramPicker(spec, model, true);
    }

    ComboBox<String> box() {
        return box;
    }

    /** Where the technician types, for the mark of a target still missing. */
    TextInputControl editor() {
        return box.getEditor();
    }

    /** What the action is sent: the program's id, or the process id picked or typed. */
    TextInputControl value() {
        return processes ? sent : box.getEditor();
    }

    /** Something is typed that names no program the action could be sent: a name no listed program has. */
    ObservableBooleanValue unresolved() {
        return unresolved;
    }

    /** The note under the picker, shown when what is typed matches nothing listed. */
    Node note() {
        return note;
    }

    /**
     * Once the technician edits the words a pick wrote, the pick is let go of, the words kept: held, the
     * toolkit would write the pick back over what is typed whenever the narrowed list changes.
     */
    private void letGoOfAPickOnceEdited() {
        TextField editor = box.getEditor();
        editor.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (!typed.isEmpty() && typed.charAt(0) >= ' ' && typed.charAt(0) != 127 && !e.isShortcutDown()) {
                letGo();
            }
        });
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean cutOrPaste = e.isShortcutDown() && (e.getCode() == KeyCode.X || e.getCode() == KeyCode.V);
            if (e.getCode() == KeyCode.BACK_SPACE || e.getCode() == KeyCode.DELETE || cutOrPaste) {
                letGo();
            }
        });
    }

    private void letGo() {
        if (box.getValue() == null) {
            return;
        }
        TextField editor = box.getEditor();
        String text = editor.getText();
        int anchor = editor.getAnchor();
        int caret = editor.getCaretPosition();
        lettingGo = true;
        try {
            box.setValue(null);
            editor.setText(text);
            editor.selectRange(anchor, caret);
        } finally {
            lettingGo = false;
        }
    }

    /** A listed program as the picker shows it: a process by its name, with the id that tells two of a name apart. */
    private String shown(String key) {
        if (!processes) {
            return key;
        }
        String name = listed.name(key);
        return name.isBlank() ? key : Texts.format("actions.processItem", name, key);
    }

    /**
     * The process id of what is typed: a listed program as shown, a process id, or the name of the one
     * listed program called so; empty when none of these.
     */
    private Optional<String> resolve(String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> picked = listed.keys().stream().filter(key -> shown(key).equals(text)).findFirst();
        if (picked.isPresent()) {
            return picked;
        }
        return PROCESS_ID.matcher(text).matches() ? Optional.of(text) : listed.onlyOneCalled(text);
    }

    private void narrow(FilteredList<String> offered) {
        String typed = box.getEditor().getText() == null ? "" : box.getEditor().getText().strip();
        Predicate<String> holds = key -> listed.matches(key, typed) || shown(key).contains(typed);
        offered.setPredicate(typed.isEmpty() ? null : holds);
        note.setText(typed.isEmpty() || !offered.isEmpty() || listed.keys().isEmpty() ? "" : noMatch(typed));
        // While typing, the narrowed list opens to pick from; with nothing typed or nothing left it closes.
        javafx.scene.Scene scene = box.getScene();
        if (scene == null || (scene.getFocusOwner() != box && scene.getFocusOwner() != box.getEditor())) {
            return;
        }
        if (typed.isEmpty() || offered.isEmpty()) {
            box.hide();
        } else if (!box.isShowing()) {
            // Once the key that changed the words has been handled.
            javafx.application.Platform.runLater(() -> {
                if (!offered.isEmpty() && box.getScene() != null && !box.isShowing()) {
                    box.show();
                }
            });
        }
    }

    private String noMatch(String typed) {
        int count = listed.keys().size();
        if (!processes) {
            return Texts.format("actions.programNoMatch", count, typed, listTitle);
        }
        return PROCESS_ID.matcher(typed).matches() ? Texts.format("actions.processIdNoMatch", count, typed)
                : Texts.format("actions.processNoMatch", count, typed, listTitle);
    }
}
