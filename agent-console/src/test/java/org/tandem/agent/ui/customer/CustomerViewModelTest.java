package org.tandem.agent.ui.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tandem.agent.session.ActionStatus;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionTable;

/** The Customer tab's system summary comes from the system-information result, whoever asked for it. */
class CustomerViewModelTest {
    private static final ActionDescriptor INFO = new ActionDescriptor("system-info", "Show system information",
            ActionRisk.READ, "Reads it.", false, true, "", List.of());

    @Test
    void theSummaryIsTheSystemInformationResult() {
        List<ActionDescriptor> ran = new ArrayList<>();
        CustomerViewModel model = new CustomerViewModel(Runnable::run, Runnable::run, action -> {
            ran.add(action);
            return "info-1";
        });
        model.actionCatalog("Debian GNU/Linux 12", List.of(INFO));
        model.readSystemInfo();
        assertEquals(List.of(INFO), ran);
        assertEquals("Reading the customer’s system information…", model.messageProperty().get());

        ActionResult result = new ActionResult("info-1", ActionResult.Outcome.SUCCEEDED, 0, "System information",
                List.of(), 0, new ActionTable(List.of("Item", "Value"), List.of(List.of("Memory", "7.6 GB"),
                        List.of("Processor", "4 × Intel Core i5")), 0));
        model.actionChanged(new ActionStatus("info-1", INFO.title(), "", ActionStatus.Stage.DONE, 100, "",
                Optional.of(result)));
        assertEquals(List.of(new CustomerViewModel.Fact("Memory", "7.6 GB"),
                new CustomerViewModel.Fact("Processor", "4 × Intel Core i5")), model.facts());
        assertEquals("", model.messageProperty().get());
    }

    @Test
    void linesOfNameAndValueAreFactsToo() {
        ActionResult result = new ActionResult("i", ActionResult.Outcome.SUCCEEDED, 0, "ok",
                List.of("Uptime: 3 days", "no colon here"), 0, new ActionTable(List.of(), List.of(), 0));
        assertEquals(List.of(new CustomerViewModel.Fact("Uptime", "3 days"), new CustomerViewModel.Fact("", "no colon here")),
                CustomerViewModel.facts(result));
    }
}
