package org.tandem.customer.action.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.ActionCatalog;
import org.tandem.customer.action.command.FakeCommandRunner;
import org.tandem.shared.action.ActionDescriptor;

class MacOutputParserTest {

    @Test
    void packageIdsAreOneALine() {
        assertEquals(List.of("com.apple.pkg.Core", "org.mozilla.firefox", "com.microsoft.teams2"),
                MacOutputParser.packageIds(List.of("com.apple.pkg.Core", "org.mozilla.firefox", "", "com.microsoft.teams2",
                        "No receipt for 'x' found at '/'.")));
    }

    @Test
    void packageInfoIsReadByField() {
        Map<String, String> info = MacOutputParser.packageInfo(List.of("package-id: org.mozilla.firefox", "version: 126.0",
                "volume: /", "location: Applications", "install-time: 1717171717"));
        assertEquals("126.0", info.get("version"));
        assertEquals("Applications", info.get("location"));
    }

    @Test
    void spotlightAttributesAreUnquotedAndNullsLeftOut() {
        Map<String, String> attributes = MacOutputParser.attributes(List.of(
                "kMDItemDisplayName  = \"Firefox.app\"",
                "kMDItemPhysicalSize = 412135424",
                "kMDItemVersion      = \"126.0\"",
                "kMDItemCopyright    = (null)"));
        assertEquals(Map.of("kMDItemDisplayName", "Firefox.app", "kMDItemPhysicalSize", "412135424",
                "kMDItemVersion", "126.0"), attributes);
    }

    @Test
    void oneAppIsReadWithOneArgumentArray() {
        assertEquals(List.of("/usr/bin/mdls", "-name", "kMDItemDisplayName", "-name", "kMDItemVersion", "-name",
                "kMDItemPhysicalSize", "/Applications/Visual Studio Code.app"),
                MacApplications.mdlsCommand("/usr/bin/mdls", Path.of("/Applications/Visual Studio Code.app")));
    }

    @Test
    void withoutMacToolsTheCatalogSaysWhatIsMissing() {
        ActionCatalog catalog = new ActionCatalog("Linux", MacActions.actions(new FakeCommandRunner()));

        Map<String, String> unavailable = catalog.descriptors().stream().filter(d -> !d.available())
                .collect(Collectors.toMap(ActionDescriptor::id, ActionDescriptor::unavailableReason));

        assertEquals(Map.of(
                "installed-programs", "This computer lacks macOS's mdls and pkgutil, which list its programs.",
                "malware-scan", "No malware scanner Tandem can use is installed on this Mac (ClamAV's clamscan was not found).",
                "uninstall-program", "Tandem cannot remove programs on macOS yet; the customer can drag the app from "
                        + "Applications to the Bin."), unavailable);
    }
}
