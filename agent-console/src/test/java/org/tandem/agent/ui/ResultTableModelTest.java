package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tandem.agent.session.ActionStatus;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionTable;

/** An action's result as a table: filtered, sorted as numbers where they are, copied as text. */
class ResultTableModelTest {
    private static final ActionResult PROGRAMS = new ActionResult("r1", ActionResult.Outcome.SUCCEEDED, 0, "3 programs",
            List.of(), 0, new ActionTable(List.of("Program", "Version", "Size"), List.of(
                    List.of("firefox", "128.0", "250 MB"), List.of("foo-toolbar", "1.2", "3 MB"),
                    List.of("libreoffice", "7.4", "1.2 GB")), 5));

    @Test
    void theResultIsATableToSearchAndCopy() {
        ResultTableModel model = new ResultTableModel();
        model.show(new ActionStatus("r1", "List installed programs", "", ActionStatus.Stage.DONE, 100, "3 programs",
                Optional.of(PROGRAMS)));
        assertEquals(List.of("Program", "Version", "Size"), model.columnsProperty().get());
        assertEquals("List installed programs — done: 3 programs (exit status 0)", model.summaryProperty().get());
        assertEquals(3, model.shownRows().size());
        assertEquals("3 of 3 rows, 5 more not sent", model.countProperty().get());

        model.filterProperty().set("TOOLBAR");
        assertEquals(List.of(List.of("foo-toolbar", "1.2", "3 MB")), List.copyOf(model.shownRows()));
        assertEquals("1 of 3 rows", model.countProperty().get());
        assertEquals("Program\tVersion\tSize\nfoo-toolbar\t1.2\t3 MB", model.copyText(List.copyOf(model.shownRows())));
    }

    @Test
    void sizesAndNumbersSortAsNumbers() {
        List<String> sizes = new ArrayList<>(List.of("250 MB", "3 MB", "1.2 GB", "900 KB", "n/a"));
        sizes.sort(ResultTableModel.CELLS);
        assertEquals(List.of("900 KB", "3 MB", "250 MB", "1.2 GB", "n/a"), sizes);
        List<String> percents = new ArrayList<>(List.of("12.5%", "3%", "100%"));
        percents.sort(ResultTableModel.CELLS);
        assertEquals(List.of("3%", "12.5%", "100%"), percents);
    }

    @Test
    void aRequestWithoutResultSaysWhereItStands() {
        ResultTableModel model = new ResultTableModel();
        model.show(new ActionStatus("r2", "Scan folders for malware", ActionStatus.targetWords(Map.of("folders", "/home")), ActionStatus.Stage.RUNNING, 40,
                "scanning", Optional.empty()));
        assertEquals("Scan folders for malware in “/home” — running 40%: scanning", model.summaryProperty().get());
        assertEquals(List.of(), model.columnsProperty().get());
    }
}
