package org.tandem.customer.action.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryUninstallParserTest {
    /** The shape of {@code reg query HKLM\...\Uninstall /s}: key lines, values indented by four spaces. */
    static final List<String> OUTPUT = """

            HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\7-Zip
                DisplayName    REG_SZ    7-Zip 23.01 (x64)
                DisplayVersion    REG_SZ    23.01
                DisplayIcon    REG_SZ    C:\\Program Files\\7-Zip\\7zFM.exe
                InstallLocation    REG_SZ    C:\\Program Files\\7-Zip\\
                UninstallString    REG_SZ    "C:\\Program Files\\7-Zip\\Uninstall.exe"
                QuietUninstallString    REG_SZ    "C:\\Program Files\\7-Zip\\Uninstall.exe" /S
                NoModify    REG_DWORD    0x1
                Publisher    REG_SZ    Igor Pavlov
                EstimatedSize    REG_DWORD    0x1584

            HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{AC76BA86-7AD7-1033-7B44-AC0F074E4100}
                DisplayName    REG_SZ    Adobe Acrobat Reader DC
                DisplayVersion    REG_SZ    23.008.20470
                Publisher    REG_SZ    Adobe Systems Incorporated
                UninstallString    REG_EXPAND_SZ    MsiExec.exe /I{AC76BA86-7AD7-1033-7B44-AC0F074E4100}
                EstimatedSize    REG_DWORD    0x7a120
                Comments    REG_SZ

            HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Connection Manager
                SystemComponent    REG_DWORD    0x1

            HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Hidden Runtime
                DisplayName    REG_SZ    Microsoft Visual C++ 2022 X64 Minimum Runtime
                SystemComponent    REG_DWORD    0x1

            HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\KB5034441
                DisplayName    REG_SZ    Security Update for Windows (KB5034441)
                ParentKeyName    REG_SZ    OperatingSystem

            HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\NoSize
                DisplayName    REG_SZ    Tool without size
            """.lines().toList();

    @Test
    void visibleProgramsAreReadWithTheirUninstallCommands() {
        List<RegistryProgram> programs = RegistryUninstallParser.parse(OUTPUT);

        assertEquals(List.of(
                new RegistryProgram("7-Zip", "7-Zip 23.01 (x64)", "23.01", "Igor Pavlov", 0x1584,
                        "\"C:\\Program Files\\7-Zip\\Uninstall.exe\"", "\"C:\\Program Files\\7-Zip\\Uninstall.exe\" /S"),
                new RegistryProgram("{AC76BA86-7AD7-1033-7B44-AC0F074E4100}", "Adobe Acrobat Reader DC", "23.008.20470",
                        "Adobe Systems Incorporated", 0x7a120, "MsiExec.exe /I{AC76BA86-7AD7-1033-7B44-AC0F074E4100}", ""),
                new RegistryProgram("NoSize", "Tool without size", "", "", -1, "", "")), programs);
        assertEquals("“7-Zip 23.01 (x64)” version 23.01 (5.4 MB)", programs.get(0).program().described());
    }

    @Test
    void nothingUsefulGivesNothing() {
        assertEquals(List.of(), RegistryUninstallParser.parse(List.of("", "ERROR: The system was unable to find the "
                + "specified registry key or value.", "    DisplayName    REG_SZ    orphan")));
    }
}
