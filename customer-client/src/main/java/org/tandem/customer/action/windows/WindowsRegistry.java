package org.tandem.customer.action.windows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.command.BoundedLines;
import org.tandem.customer.action.command.Command;
import org.tandem.customer.action.command.CommandResult;
import org.tandem.customer.action.command.CommandRunner;

/** Reads the programs Windows lists as installed, with {@code reg query} on the three Uninstall keys. */
public final class WindowsRegistry {
    static final List<String> UNINSTALL_KEYS = List.of(
            "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall",
            "HKLM\\Software\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall",
            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall");
    private static final int MAX_LINES = 200_000;

    private final CommandRunner runner;
    private final Path reg;

    public WindowsRegistry(CommandRunner runner, Path reg) {
        this.runner = runner;
        this.reg = reg;
    }

    public List<RegistryProgram> programs(CancellationToken cancel) throws IOException, InterruptedException {
        List<RegistryProgram> programs = new ArrayList<>();
        for (String key : UNINSTALL_KEYS) {
            List<String> lines = new ArrayList<>();
            CommandResult result = runner.run(Command.of(Duration.ofMinutes(1), reg.toString(), "query", key, "/s"),
                    line -> {
                        if (lines.size() < MAX_LINES) {
                            lines.add(line.length() > BoundedLines.KEPT_LINE_CHARS * 4 ? "" : line);
                        }
                    }, cancel);
            if (result.ending() != CommandResult.Ending.EXITED) {
                throw new IOException("reg query did not finish");
            }
            // A key that does not exist (no 32-bit programs, say) ends with status 1: nothing to add.
            programs.addAll(RegistryUninstallParser.parse(lines));
        }
        return programs;
    }
}
