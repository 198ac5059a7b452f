package org.tandem.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tandem.customer.control.XDesktopKeyboard.ClientWindow;

/**
 * Which window the keyboard goes to once Tandem's window steps aside for control: the topmost of the
 * customer's own programs on the workspace they see, never one of Tandem's.
 */
class XDesktopKeyboardTest {
    private static final long OWN_PID = 4242;
    private static final List<String> NORMAL = List.of("_NET_WM_WINDOW_TYPE_NORMAL");

    /** The windows metacity listed in the walk of decision 0041: a terminal, the customer's window, the bar. */
    private static final ClientWindow TERMINAL = new ClientWindow(0x40000cL, 30777, "XTerm", List.of(), List.of(), 0);
    private static final ClientWindow TANDEM_WINDOW = new ClientWindow(0x800003L, OWN_PID,
            "org.tandem.customer.ui.CustomerApp", NORMAL, List.of("_NET_WM_STATE_HIDDEN"), 0);
    private static final ClientWindow SESSION_BAR = new ClientWindow(0x80008fL, OWN_PID,
            "org.tandem.customer.ui.CustomerApp", List.of("other"), List.of("other", "other", "other"), 0);

    @Test
    void theTopmostWindowOfTheCustomersOwnProgramsTakesTheKeyboardNotTandemsBar() {
        assertEquals(Optional.of(TERMINAL),
                XDesktopKeyboard.topmostOfCustomersPrograms(List.of(TERMINAL, TANDEM_WINDOW, SESSION_BAR), OWN_PID, 0));
    }

    @Test
    void noTandemWindowIsEverChosenNotEvenAnotherTandemAppsOrOneThatSaysNoProcess() {
        ClientWindow console = new ClientWindow(0x600003L, 999, "org.tandem.agent.ui.ConsoleApp", NORMAL, List.of(), 0);
        ClientWindow secondCustomer = new ClientWindow(0x900003L, -1, "org.tandem.customer.ui.CustomerApp", NORMAL,
                List.of(), 0);
        ClientWindow ownWithoutClass = new ClientWindow(0x800100L, OWN_PID, "", NORMAL, List.of(), 0);

        assertEquals(Optional.empty(), XDesktopKeyboard.topmostOfCustomersPrograms(
                List.of(console, secondCustomer, ownWithoutClass, SESSION_BAR), OWN_PID, 0));
    }

    @Test
    void aMinimisedWindowAPanelAndAWindowOnAnotherWorkspaceAreNotWhereTheCustomerWorks() {
        ClientWindow editor = new ClientWindow(0x1000001L, 500, "Gedit", NORMAL, List.of(), 0);
        ClientWindow minimised = new ClientWindow(0x1200001L, 600, "Firefox", NORMAL, List.of("_NET_WM_STATE_HIDDEN"), 0);
        ClientWindow panel = new ClientWindow(0x1300001L, 700, "Panel", List.of("_NET_WM_WINDOW_TYPE_DOCK"), List.of(), 0);
        ClientWindow elsewhere = new ClientWindow(0x1400001L, 800, "Thunderbird", NORMAL, List.of(), 1);

        assertEquals(Optional.of(editor), XDesktopKeyboard.topmostOfCustomersPrograms(
                List.of(editor, minimised, panel, elsewhere, SESSION_BAR), OWN_PID, 0));
    }

    @Test
    void aWindowOnEveryWorkspaceAndTheDesktopItselfCanTakeIt() {
        ClientWindow desktop = new ClientWindow(0x1500001L, 900, "Nautilus", List.of("_NET_WM_WINDOW_TYPE_DESKTOP"),
                List.of(), 0);
        ClientWindow sticky = new ClientWindow(0x1600001L, 901, "Notes", NORMAL, List.of(), XDesktopKeyboard.ALL_DESKTOPS);

        assertEquals(Optional.of(sticky),
                XDesktopKeyboard.topmostOfCustomersPrograms(List.of(desktop, sticky, SESSION_BAR), OWN_PID, 0));
        assertEquals(Optional.of(desktop),
                XDesktopKeyboard.topmostOfCustomersPrograms(List.of(desktop, SESSION_BAR), OWN_PID, 0));
    }
}
