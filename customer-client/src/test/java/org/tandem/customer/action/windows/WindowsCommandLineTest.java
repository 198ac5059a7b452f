package org.tandem.customer.action.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class WindowsCommandLineTest {

    static Stream<Arguments> commandLines() {
        return Stream.of(
                Arguments.of("\"C:\\Program Files\\7-Zip\\Uninstall.exe\" /S",
                        List.of("C:\\Program Files\\7-Zip\\Uninstall.exe", "/S")),
                Arguments.of("C:\\Tools\\unins000.exe /VERYSILENT /SUPPRESSMSGBOXES",
                        List.of("C:\\Tools\\unins000.exe", "/VERYSILENT", "/SUPPRESSMSGBOXES")),
                Arguments.of("  \"C:\\App\\u.exe\"   --mode \"unattended mode\"  ",
                        List.of("C:\\App\\u.exe", "--mode", "unattended mode")),
                Arguments.of("u.exe \"a\\\"b\" c\\\\\\\\\"d e\" f\\g",
                        List.of("u.exe", "a\"b", "c\\\\d e", "f\\g")),
                Arguments.of("u.exe \"say \"\"hi\"\"\"", List.of("u.exe", "say \"hi\"")),
                Arguments.of("u.exe \"\"", List.of("u.exe", "")),
                Arguments.of("", List.of()));
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void commandLinesSplitAsWindowsProgramsSplitThem(String line, List<String> arguments) {
        assertEquals(arguments, WindowsCommandLine.split(line));
    }

    private static RegistryProgram program(String uninstall, String quiet) {
        return new RegistryProgram("k", "Name", "1", "", -1, uninstall, quiet);
    }

    @Test
    void theQuietCommandIsPreferred() {
        assertEquals(Optional.of(List.of("C:\\Program Files\\7-Zip\\Uninstall.exe", "/S")), WindowsCommandLine.quietUninstall(
                program("\"C:\\Program Files\\7-Zip\\Uninstall.exe\"", "\"C:\\Program Files\\7-Zip\\Uninstall.exe\" /S")));
    }

    @Test
    void windowsInstallerPackagesAreRemovedQuietly() {
        String product = "{AC76BA86-7AD7-1033-7B44-AC0F074E4100}";
        List<String> expected = List.of("msiexec.exe", "/x", product, "/qn", "/norestart");
        assertEquals(Optional.of(expected), WindowsCommandLine.quietUninstall(program("MsiExec.exe /I" + product, "")));
        assertEquals(Optional.of(expected), WindowsCommandLine.quietUninstall(program("MsiExec.exe /X" + product, "")));
        assertEquals(Optional.of(expected), WindowsCommandLine.quietUninstall(
                program("\"C:\\Windows\\System32\\msiexec.exe\" /x " + product, "")));
    }

    @Test
    void anUninstallerThatWouldOpenWindowsIsNotUsed() {
        assertEquals(Optional.empty(), WindowsCommandLine.quietUninstall(program("\"C:\\App\\uninstall.exe\"", "")));
        assertEquals(Optional.empty(), WindowsCommandLine.quietUninstall(program("MsiExec.exe /I{bad} & del *", "")));
    }

    @Test
    void wingetRemovesByExactIdWithoutQuestions() {
        assertEquals(List.of("winget", "uninstall", "--id", "Mozilla.Firefox", "--exact", "--silent",
                "--accept-source-agreements", "--disable-interactivity"),
                WindowsCommandLine.wingetUninstall("winget", "Mozilla.Firefox"));
    }
}
