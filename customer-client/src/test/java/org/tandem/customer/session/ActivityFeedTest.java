package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;

class ActivityFeedTest {

    @Test
    void looksScansAndOutcomesReadAsPlainLines() {
        List<String> lines = new ArrayList<>();
        ActivityFeed feed = new ActivityFeed("Dana Scully", lines::add, Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC));
        feed.requested("a", ActionRisk.READ, "Show system information");
        feed.finished(ActionResult.of("a", ActionResult.Outcome.SUCCEEDED, "Debian 12, 8 GB memory"));
        feed.requested("b", ActionRisk.CHANGE, "Uninstall “foo” version 1.2 (3 MB)");
        feed.finished(ActionResult.of("b", ActionResult.Outcome.DENIED, ""));
        feed.requested("c", null, "frobnicate");
        feed.requested("d", ActionRisk.SCAN, "Scan “Downloads” for malware");
        feed.progressed(new org.tandem.shared.action.ActionProgress("d", 10, "a.txt"));
        feed.progressed(new org.tandem.shared.action.ActionProgress("d", 30, "b.txt"));
        feed.progressed(new org.tandem.shared.action.ActionProgress("d", 40, "c.txt"));

        assertEquals(7, lines.size());
        assertEquals("Scan “Downloads” for malware: 25% done — b.txt.", lines.get(6).substring(7),
                "progress shows once a quarter, not on every line");
        assertEquals("Dana Scully chose to show system information.", lines.get(0).substring(7));
        assertEquals("Show system information — done (Debian 12, 8 GB memory).", lines.get(1).substring(7));
        assertEquals("Dana Scully asked to uninstall “foo” version 1.2 (3 MB).", lines.get(2).substring(7));
        assertEquals("Uninstall “foo” version 1.2 (3 MB) — not done: you said no.", lines.get(3).substring(7));
        assertEquals("Dana Scully asked for something this computer does not offer.", lines.get(4).substring(7));
        assertEquals("Dana Scully asked to scan “Downloads” for malware.", lines.get(5).substring(7));
    }

    @Test
    void howEachActionEndedIsAlsoToldWithoutItsTime() {
        List<ActionEnding> endings = new ArrayList<>();
        ActivityFeed feed = new ActivityFeed("Dana Scully", line -> { }, endings::add,
                Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC));
        feed.requested("a", ActionRisk.READ, "System information");
        feed.started("a", true);
        feed.finished(ActionResult.of("a", ActionResult.Outcome.SUCCEEDED, "Debian 12, 8 GB memory"));

        assertEquals(List.of(new ActionEnding(ActionResult.Outcome.SUCCEEDED, "System information — done (Debian 12, 8 GB memory).",
                true)),
                endings);
    }

    @Test
    void howAnActionEndedSpeaksToTheCustomerWithoutDoubledPunctuation() {
        List<ActionEnding> endings = new ArrayList<>();
        ActivityFeed feed = new ActivityFeed("Dana Scully", line -> { }, endings::add,
                Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC));
        feed.requested("a", ActionRisk.CHANGE, "Uninstall “foo” version 1.2 (3 MB)");
        feed.finished(ActionResult.of("a", ActionResult.Outcome.DENIED, "The customer said no, so nothing was done."));
        feed.requested("b", ActionRisk.SCAN, "Scan “Downloads” for malware");
        feed.finished(ActionResult.of("b", ActionResult.Outcome.TIMED_OUT, "Nobody answered within 1 minute, so nothing was done."));
        feed.requested("c", ActionRisk.CHANGE, "End “firefox”");
        feed.finished(ActionResult.of("c", ActionResult.Outcome.CANCELLED,
                "The technician withdrew the request before the customer answered, so nothing was done."));
        feed.requested("d", ActionRisk.CHANGE, "End “firefox”");
        feed.finished(ActionResult.of("d", ActionResult.Outcome.FAILED, "The program could not be ended."));

        assertEquals(List.of(
                "Uninstall “foo” version 1.2 (3 MB) — you said no, so nothing was done.",
                "Scan “Downloads” for malware — nobody answered within 1 minute, so nothing was done.",
                "End “firefox” — Dana Scully withdrew the request before you answered, so nothing was done.",
                "End “firefox” — did not work (The program could not be ended)."),
                endings.stream().map(ActionEnding::text).toList());
    }

    @Test
    void anEndingSaysWhetherTheActionEverRan() {
        List<ActionEnding> endings = new ArrayList<>();
        ActivityFeed feed = new ActivityFeed("Dana Scully", line -> { }, endings::add,
                Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC));
        // As the engine tells it: asked, then withdrawn by the technician before the customer answered.
        feed.requested("a", ActionRisk.SCAN, "Measure what fills “/usr/share”");
        feed.consentAsked("a", "Measure what fills “/usr/share”?");
        feed.finished(ActionResult.of("a", ActionResult.Outcome.CANCELLED,
                "The technician withdrew the request before the customer answered, so nothing was done."));
        // Allowed, started, then stopped by the customer while it ran.
        feed.requested("b", ActionRisk.SCAN, "Scan “Downloads” for malware");
        feed.consentAsked("b", "Scan “Downloads” for malware?");
        feed.started("b", true);
        feed.finished(ActionResult.of("b", ActionResult.Outcome.CANCELLED, "Cancelled by the customer."));

        assertEquals(List.of(false, true), endings.stream().map(ActionEnding::started).toList());
    }

    @Test
    void theTechnicianHasOneNameThroughoutTheList() {
        List<String> lines = new ArrayList<>();
        // A technician whose identity could not be verified is shown under the session's neutral phrase.
        ActivityFeed feed = new ActivityFeed(TechnicianIntroduction.UNNAMED, lines::add,
                Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC));
        feed.requested("a", ActionRisk.SCAN, "Measure what fills “/usr/share”");
        feed.finished(ActionResult.of("a", ActionResult.Outcome.CANCELLED,
                "The technician withdrew the request before the customer answered, so nothing was done."));

        assertEquals(List.of("The person helping you asked to measure what fills “/usr/share”.",
                "Measure what fills “/usr/share” — the person helping you withdrew the request before you answered, so"
                        + " nothing was done."), lines.stream().map(line -> line.substring(7)).toList());
    }
}
