package org.tandem.customer.action.macos;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.InstalledProgram;
import org.tandem.customer.action.command.Command;
import org.tandem.customer.action.command.CommandResult;
import org.tandem.customer.action.command.CommandRunner;

/**
 * The programs of a Mac: the apps in the Applications folders, with version and size from
 * Spotlight's {@code mdls}, and the installer packages {@code pkgutil} has receipts for (other
 * than Apple's own).
 */
public final class MacApplications {
    private static final int MAX_APPS = 500;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final CommandRunner runner;
    private final Path mdls;
    private final Path pkgutil;
    private final List<Path> folders;

    public MacApplications(CommandRunner runner, Path mdls, Path pkgutil, List<Path> folders) {
        this.runner = runner;
        this.mdls = mdls;
        this.pkgutil = pkgutil;
        this.folders = folders;
    }

    /** The arguments that read one app's name, version and size. */
    static List<String> mdlsCommand(String mdls, Path app) {
        return List.of(mdls, "-name", "kMDItemDisplayName", "-name", "kMDItemVersion", "-name", "kMDItemPhysicalSize",
                app.toString());
    }

    public List<InstalledProgram> list(CancellationToken cancel) throws IOException, InterruptedException {
        List<InstalledProgram> programs = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> apps = Files.newDirectoryStream(folder, "*.app")) {
                for (Path app : apps) {
                    if (programs.size() >= MAX_APPS || cancel.isCancelled()) {
                        break;
                    }
                    programs.add(app(app, cancel));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        CommandResult result = runner.run(Command.of(TIMEOUT, pkgutil.toString(), "--pkgs"), lines::add, cancel);
        if (result.succeeded()) {
            MacOutputParser.packageIds(lines).stream().filter(id -> !id.startsWith("com.apple."))
                    .forEach(id -> programs.add(new InstalledProgram(id, id, "", -1)));
        }
        return programs;
    }

    private InstalledProgram app(Path app, CancellationToken cancel) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        runner.run(Command.of(TIMEOUT, mdlsCommand(mdls.toString(), app)), lines::add, cancel);
        Map<String, String> attributes = MacOutputParser.attributes(lines);
        String file = app.getFileName().toString();
        String name = attributes.getOrDefault("kMDItemDisplayName", file).replaceFirst("\\.app$", "");
        long size;
        try {
            size = Long.parseLong(attributes.getOrDefault("kMDItemPhysicalSize", "-1"));
        } catch (NumberFormatException e) {
            size = -1;
        }
        return new InstalledProgram(app.toString(), name, attributes.getOrDefault("kMDItemVersion", ""), size);
    }
}
