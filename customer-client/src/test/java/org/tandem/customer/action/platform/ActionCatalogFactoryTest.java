package org.tandem.customer.action.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.ActionCatalog;
import org.tandem.customer.action.ActionDescriptors;
import org.tandem.customer.action.command.FakeCommandRunner;
import org.tandem.shared.action.ActionDescriptor;

class ActionCatalogFactoryTest {
    private static final List<String> IDS = List.of(ActionDescriptors.SYSTEM_INFO, ActionDescriptors.INSTALLED_PROGRAMS,
            ActionDescriptors.RUNNING_PROCESSES, ActionDescriptors.MALWARE_SCAN, ActionDescriptors.DISK_USAGE,
            ActionDescriptors.UNINSTALL_PROGRAM, ActionDescriptors.END_PROCESS, ActionDescriptors.EMPTY_TEMP_FOLDER);

    @Test
    void everySystemOffersTheSameActionsInTheSameOrder() {
        for (String os : List.of("Linux", "Windows 11", "Mac OS X", "FreeBSD")) {
            ActionCatalog catalog = ActionCatalogFactory.forSystem(os, new FakeCommandRunner());
            assertEquals(IDS, catalog.descriptors().stream().map(ActionDescriptor::id).toList(), os);
            catalog.toMessage(); // fits the wire
        }
    }

    @Test
    void anUnknownSystemSaysSoForEveryAction() {
        ActionCatalog catalog = ActionCatalogFactory.forSystem("FreeBSD", new FakeCommandRunner());

        assertEquals("FreeBSD", catalog.os());
        assertTrue(catalog.descriptors().stream().allMatch(d -> !d.available()
                && d.unavailableReason().equals("Tandem has no actions for FreeBSD yet.")));
    }

    @Test
    void onLinuxWithoutItsToolsTheCatalogSaysWhichAreMissing() {
        ActionCatalog catalog = ActionCatalogFactory.forSystem("Linux", new FakeCommandRunner());

        ActionDescriptor scan = catalog.find(ActionDescriptors.MALWARE_SCAN).orElseThrow().descriptor();
        ActionDescriptor uninstall = catalog.find(ActionDescriptors.UNINSTALL_PROGRAM).orElseThrow().descriptor();
        assertEquals("ClamAV is not installed on this computer (the clamscan program was not found).", scan.unavailableReason());
        assertTrue(uninstall.unavailableReason().startsWith("This computer has no Debian package database"));
        assertTrue(catalog.find(ActionDescriptors.SYSTEM_INFO).orElseThrow().descriptor().available());
    }
}
