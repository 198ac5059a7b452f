package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.customer.ui.LinkText.Segment;

class LinkTextTest {
    @Test
    void webAddressesAreLinksAndTheSentenceAroundThemStaysText() {
        assertEquals(List.of(new Segment("See ", false), new Segment("https://support.example.com/a?b=1", true),
                new Segment(".", false)), LinkText.split("See https://support.example.com/a?b=1."));
    }

    @Test
    void onlyHttpAndHttpsAreLinks() {
        assertEquals(List.of(new Segment("Run file:///etc/passwd or javascript:alert(1)", false)),
                LinkText.split("Run file:///etc/passwd or javascript:alert(1)"));
        assertEquals(List.of(new Segment("(", false), new Segment("http://example.org", true),
                new Segment(")", false)), LinkText.split("(http://example.org)"));
    }

    @Test
    void anAddressWithoutAHostStaysText() {
        assertEquals(List.of(new Segment("http://", false)), LinkText.split("http://"));
    }
}
