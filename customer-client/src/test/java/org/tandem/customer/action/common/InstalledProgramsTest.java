package org.tandem.customer.action.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.InstalledProgram;
import org.tandem.customer.action.ProgressSink;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.action.ActionTable;

class InstalledProgramsTest {
    private static final List<InstalledProgram> PROGRAMS = List.of(
            new InstalledProgram("foo", "foo", "1.2", 3 * 1024 * 1024),
            new InstalledProgram("libreoffice-core", "libreoffice-core", "4:7.4.7-1", 300L * 1024 * 1024),
            new InstalledProgram("{ABC}", "Foo Helper", "", -1));

    private static ActionReport run(InstalledPrograms action, Map<String, String> parameters) throws Exception {
        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, action.consentFor(parameters));
        return ask.run().run(ProgressSink.NONE, new CancellationToken());
    }

    @Test
    void programsAreListedLargestFirst() throws Exception {
        ActionReport report = run(new InstalledPrograms(cancel -> PROGRAMS), Map.of());

        assertEquals("3 programs are installed.", report.summary());
        assertEquals(List.of("Name", "Version", "Size", "Id"), report.table().columns());
        assertEquals(List.of(List.of("libreoffice-core", "4:7.4.7-1", "300 MB", "libreoffice-core"),
                List.of("foo", "1.2", "3 MB", "foo"), List.of("Foo Helper", "", "", "{ABC}")), report.table().rows());
    }

    @Test
    void aFilterMatchesNamesAndIds() throws Exception {
        ActionReport report = run(new InstalledPrograms(cancel -> PROGRAMS), Map.of("filter", "FOO"));

        assertEquals("2 of 3 installed programs match “FOO”.", report.summary());
        assertEquals(2, report.table().rows().size());
    }

    @Test
    void aLongListIsCutAndSaysSo() throws Exception {
        List<InstalledProgram> many = IntStream.range(0, 2000)
                .mapToObj(i -> new InstalledProgram("package-" + i, "package-" + i, "1.0-" + i, i * 1000L)).toList();

        ActionReport report = run(new InstalledPrograms(cancel -> many), Map.of());

        ActionTable table = report.table();
        assertEquals(2000, table.rows().size() + table.omittedRows());
        assertEquals("2,000 programs are installed; the " + table.rows().size() + " largest are listed.", report.summary());
        assertEquals("package-1999", table.rows().get(0).get(0));
    }

    @Test
    void aListThatCannotBeReadIsAFailure() throws Exception {
        ActionReport report = run(new InstalledPrograms(cancel -> {
            throw new IOException("dpkg-query ended with status 2");
        }), Map.of());

        assertEquals(Outcome.FAILED, report.outcome());
        assertEquals("The list of installed programs could not be read: dpkg-query ended with status 2", report.summary());
    }

    @Test
    void aFilterWithControlCharactersIsRefused() {
        assertInstanceOf(Consent.Refuse.class, new InstalledPrograms(cancel -> PROGRAMS).consentFor(Map.of("filter", "a\nb")));
    }
}
