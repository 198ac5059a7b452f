package org.tandem.customer.action.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionCatalog;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.command.FakeCommandRunner;
import org.tandem.shared.action.ActionDescriptor;

class WindowsActionsTest {

    @Test
    void withoutWindowsToolsTheCatalogSaysWhatIsMissing() {
        ActionCatalog catalog = new ActionCatalog("Linux", WindowsActions.actions(new FakeCommandRunner(), Optional.empty()));

        Map<String, String> unavailable = catalog.descriptors().stream().filter(d -> !d.available())
                .collect(java.util.stream.Collectors.toMap(ActionDescriptor::id, ActionDescriptor::unavailableReason));

        assertEquals(Map.of(
                "installed-programs", "The Windows registry cannot be read here (reg.exe was not found).",
                "uninstall-program", "The Windows registry cannot be read here (reg.exe was not found).",
                "malware-scan", "Microsoft Defender's command-line scanner (MpCmdRun.exe) was not found on this computer."),
                unavailable);
    }

    @Test
    void anUninstallAsksAboutTheProgramByNameAndRunsItsQuietCommand() throws Exception {
        FakeCommandRunner runner = new FakeCommandRunner().has("reg");
        runner.when(List.of("/usr/bin/reg", "query"), RegistryUninstallParserTest.OUTPUT, 0);
        runner.when(List.of("C:\\Program Files\\7-Zip\\Uninstall.exe", "/S"), List.of(), 0);
        Action uninstall = WindowsActions.actions(runner, Optional.empty()).stream()
                .filter(a -> a.descriptor().id().equals("uninstall-program")).findFirst().orElseThrow();

        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, uninstall.consentFor(Map.of("program", "7-Zip")));
        assertEquals("Uninstall “7-Zip 23.01 (x64)” version 23.01 (5.4 MB)", ask.what());
        ask.run().run((p, l) -> { }, new org.tandem.customer.action.CancellationToken());

        assertEquals(List.of("C:\\Program Files\\7-Zip\\Uninstall.exe", "/S"), runner.arguments().get(runner.arguments().size() - 1));
        assertInstanceOf(Consent.Refuse.class, uninstall.consentFor(Map.of("program", "Connection Manager")));
        assertInstanceOf(Consent.Refuse.class, uninstall.consentFor(Map.of("program", "..\\..\\evil")));
    }
}
