package org.tandem.customer.action;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** What the integration tests need of this computer: skip without it, but fail when CI=true. */
public final class RealTools {
    private RealTools() {}

    /** Skips the test with {@code why} unless {@code present}; on CI, fails instead. */
    public static void require(boolean present, String why) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why + " (required when CI=true)");
        }
        Assumptions.abort(why);
    }

    /** Runs a command for a test's own setup and returns its output; fails the test if it fails. */
    public static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command + " did not finish");
        }
        if (process.exitValue() != 0) {
            fail(command + " failed with status " + process.exitValue() + ": " + output);
        }
        return output;
    }

    /** The exit status of a command, for checks such as {@code dpkg -s}. */
    public static int status(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(command + " did not finish");
        }
        return process.exitValue();
    }
}
