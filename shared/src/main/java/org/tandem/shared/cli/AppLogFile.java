package org.tandem.shared.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Points an app's log at a rolling file in its data folder ({@code <data>/logs/NAME}, INFO and
 * above) and says where on standard error. Call it first thing in {@code main}, before anything
 * logs: the logging configuration is read once, at the first log call.
 */
public final class AppLogFile {
    /** The system property the configuration reads the file name from. */
    public static final String FILE_PROPERTY = "tandem.log.file";
    /** Logback's own property naming its configuration; set here unless the user set it. */
    static final String CONFIGURATION_PROPERTY = "logback.configurationFile";
    static final String CONFIGURATION = "org/tandem/shared/cli/app-logback.xml";

    private AppLogFile() {}

    /**
     * @param fileName e.g. {@code console.log}
     * @param out where to say where the log is: standard error in the apps, so that standard
     *     output carries only what scripts read
     * @return the log file
     */
    public static Path use(Path dataDir, String fileName, PrintStream out) {
        Objects.requireNonNull(dataDir, "dataDir");
        Path file = dataDir.resolve("logs").resolve(fileName).toAbsolutePath();
        System.setProperty(FILE_PROPERTY, file.toString());
        if (System.getProperty(CONFIGURATION_PROPERTY) == null) {
            System.setProperty(CONFIGURATION_PROPERTY, CONFIGURATION);
        }
        out.println("Tandem log: " + file);
        return file;
    }

    /** As {@link #use(Path, String, PrintStream)}, saying so on standard error. */
    public static Path use(Path dataDir, String fileName) {
        return use(dataDir, fileName, System.err);
    }
}
