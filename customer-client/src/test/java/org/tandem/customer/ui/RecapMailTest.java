package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecapMailTest {
    @Test
    void subjectAndBodyArePercentEncodedWithCrlfLines() {
        URI link = RecapMail.uri("Tandem: Your session & more", "Line one\nLine “two”");

        assertEquals("mailto:?subject=Tandem%3A%20Your%20session%20%26%20more"
                + "&body=Line%20one%0D%0ALine%20%E2%80%9Ctwo%E2%80%9D", link.toString());
    }

    @Test
    void aRecapTooLongForALinkIsCutAtAWholeLineAndSaysSo() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.length() < 20_000; i++) {
            body.append("- Step ").append(i).append(": done — “fine”\n");
        }
        URI link = RecapMail.uri("Tandem", body.toString());

        assertTrue(link.toString().length() <= RecapMail.MAX_URI, "length " + link.toString().length());
        String decoded = URLDecoder.decode(link.getRawSchemeSpecificPart().split("&body=")[1], StandardCharsets.UTF_8);
        assertTrue(decoded.endsWith("(The recap is longer than an email link can hold. Save it as a file to keep all "
                + "of it.)"), decoded);
        String kept = decoded.substring(0, decoded.indexOf("\r\n\r\n(The recap"));
        assertTrue(kept.endsWith("done — “fine”\r\n"), "cut at a whole line: " + kept.substring(kept.length() - 40));
    }
}
