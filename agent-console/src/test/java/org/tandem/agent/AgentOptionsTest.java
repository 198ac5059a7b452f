package org.tandem.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.tandem.shared.cli.CommandLineOptions;

/** --new-session opens one session at start, or as many tabs as asked, up to nine. */
class AgentOptionsTest {

    private static int sessionsAtStart(String... args) {
        AgentOptions options = new AgentOptions();
        assertEquals(CommandLineOptions.Result.RUN, CommandLineOptions.parse(options, args,
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        return options.settings().sessionsAtStart();
    }

    @Test
    void newSessionOpensOneOrAsManyAsAsked() {
        assertEquals(0, sessionsAtStart());
        assertEquals(1, sessionsAtStart("--new-session"));
        assertEquals(1, sessionsAtStart("--new-session", "--name", "Dana"));
        assertEquals(2, sessionsAtStart("--new-session=2"));
    }

    @Test
    void moreThanNineIsRefusedInWords() {
        StringWriter err = new StringWriter();
        assertEquals(CommandLineOptions.Result.USAGE_ERROR, CommandLineOptions.parse(new AgentOptions(),
                new String[] {"--new-session=12"}, new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertTrue(err.toString().startsWith("--new-session starts 1 to 9 sessions, each in its own tab; 12 is not possible."),
                err.toString());
    }

    @Test
    void theResumeWindowIsTwoMinutesUnlessToldAndAtLeastOneSecond() {
        AgentOptions options = new AgentOptions();
        CommandLineOptions.parse(options, new String[] {"--resume-window", "30"}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        assertEquals(java.time.Duration.ofSeconds(30), options.settings().resumeWindow());
        AgentOptions plain = new AgentOptions();
        CommandLineOptions.parse(plain, new String[0], new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(java.time.Duration.ofMinutes(2), plain.settings().resumeWindow());

        StringWriter err = new StringWriter();
        assertEquals(CommandLineOptions.Result.USAGE_ERROR, CommandLineOptions.parse(new AgentOptions(),
                new String[] {"--resume-window", "0"}, new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertTrue(err.toString().startsWith("--resume-window is how many seconds"), err.toString());
    }
}
