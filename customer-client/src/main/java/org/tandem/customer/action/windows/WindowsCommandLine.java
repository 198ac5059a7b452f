package org.tandem.customer.action.windows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the command lines Windows installers leave in the registry into argument arrays, the way
 * Windows programs split their own command line, so they run without a shell ({@code cmd.exe}).
 */
public final class WindowsCommandLine {
    private static final Pattern MSIEXEC = Pattern.compile(
            "(?i)^\\s*\"?(?:[a-z]:\\\\[^\"]*\\\\)?msiexec(?:\\.exe)?\"?\\s+/[ix]\\s*(\\{[0-9a-f-]{36}\\})\\s*$");

    private WindowsCommandLine() {}

    /**
     * Splits a command line as the C runtime does: spaces separate arguments outside quotes; inside
     * an argument, 2n backslashes before a quote give n backslashes and toggle quoting, 2n+1 give n
     * backslashes and a literal quote, and other backslashes are literal. The program name (first
     * argument) takes no escapes: it runs to the next space, or to the closing quote.
     */
    public static List<String> split(String line) {
        List<String> arguments = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        if (i == n) {
            return arguments;
        }
        StringBuilder program = new StringBuilder();
        if (line.charAt(i) == '"') {
            i++;
            while (i < n && line.charAt(i) != '"') {
                program.append(line.charAt(i++));
            }
            i++;
        } else {
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                program.append(line.charAt(i++));
            }
        }
        arguments.add(program.toString());
        StringBuilder current = null;
        boolean quoted = false;
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) && !quoted) {
                if (current != null) {
                    arguments.add(current.toString());
                    current = null;
                }
                i++;
                continue;
            }
            if (current == null) {
                current = new StringBuilder();
            }
            if (c == '\\') {
                int slashes = 0;
                while (i < n && line.charAt(i) == '\\') {
                    slashes++;
                    i++;
                }
                if (i < n && line.charAt(i) == '"') {
                    current.append("\\".repeat(slashes / 2));
                    if (slashes % 2 == 1) {
                        current.append('"');
                        i++;
                    }
                } else {
                    current.append("\\".repeat(slashes));
                }
                continue;
            }
            if (c == '"') {
                if (quoted && i + 1 < n && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i += 2;
                    continue;
                }
                quoted = !quoted;
                i++;
                continue;
            }
            current.append(c);
            i++;
        }
        if (current != null) {
            arguments.add(current.toString());
        }
        return arguments;
    }

    /**
     * The command that removes a program without questions: its quiet uninstall string; for a
     * Windows Installer package, {@code msiexec /x {product} /qn /norestart}; otherwise none, since
     * its own uninstaller would open windows the customer did not ask for.
     */
    public static Optional<List<String>> quietUninstall(RegistryProgram program) {
        if (!program.quietUninstallString().isBlank()) {
            return Optional.of(split(program.quietUninstallString()));
        }
        Matcher msi = MSIEXEC.matcher(program.uninstallString());
        if (msi.matches()) {
            return Optional.of(List.of("msiexec.exe", "/x", msi.group(1), "/qn", "/norestart"));
        }
        return Optional.empty();
    }

    /** winget's removal of one package by its exact id, with no questions asked. */
    public static List<String> wingetUninstall(String winget, String id) {
        return List.of(winget, "uninstall", "--id", id, "--exact", "--silent", "--accept-source-agreements",
                "--disable-interactivity");
    }
}
