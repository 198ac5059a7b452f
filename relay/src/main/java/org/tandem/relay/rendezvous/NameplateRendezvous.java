package org.tandem.relay.rendezvous;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.relay.auth.Role;
import org.tandem.relay.connection.ConnectionState;
import org.tandem.relay.limit.BackoffLimiter;
import org.tandem.relay.pipe.AsyncPipe;
import org.tandem.shared.relay.RelayMessage;

import static org.tandem.relay.rendezvous.RendezvousLabels.describe;
import static org.tandem.relay.rendezvous.RendezvousLabels.shortName;
import static org.tandem.relay.rendezvous.RendezvousLabels.typeOf;

/**
 * The nameplate rendezvous of one channel: a technician creates a nameplate and waits under it,
 * a customer joins one and pairs with the technician waiting there. A nameplate that nobody joins
 * within its lifetime lapses; one that failed joins burned is gone; either way its technician is
 * told and its channel closed. Counted by the admission limits; every step is written to the audit
 * ({@code create}, {@code pair}, {@code join}, {@code burn}, {@code expire}).
 */
final class NameplateRendezvous {
    /** The channel's own logger, so that the relay's log reads as before. */
    private static final Logger LOG = LoggerFactory.getLogger(RendezvousSubsystem.class);

    private final RendezvousService service;
    private final RendezvousSubsystem end;
    private volatile String nameplate;
    private volatile ScheduledFuture<?> lapse;

    NameplateRendezvous(RendezvousService service, RendezvousSubsystem end) {
        this.service = service;
        this.end = end;
    }

    /** A request of a channel that asked for nothing yet, other than {@code close} and {@code resume}. */
    void request(RelayMessage message) {
        if (end.role() == Role.TECHNICIAN) {
            if (message instanceof RelayMessage.Create) {
                create();
            } else if (message instanceof RelayMessage.Join) {
                end.refuse(RelayMessage.Error.NOT_ALLOWED, "A technician creates sessions; only a customer joins one.");
            } else {
                end.refuse(RelayMessage.Error.BAD_REQUEST, "Expected {\"type\":\"create\"}, got " + typeOf(message) + ".");
            }
            return;
        }
        if (message instanceof RelayMessage.Join join) {
            join(join.nameplate());
        } else if (message instanceof RelayMessage.Create) {
            end.refuse(RelayMessage.Error.NOT_ALLOWED, "Only a technician can create a session; a customer joins one.");
        } else {
            end.refuse(RelayMessage.Error.BAD_REQUEST, "Expected {\"type\":\"join\",\"nameplate\":\"...\"}, got "
                    + typeOf(message) + ".");
        }
    }

    private void create() {
        ConnectionState connection = end.connection();
        BackoffLimiter.Verdict verdict = service.admission().create(end.technicianId(), connection.source());
        if (!verdict.allowed()) {
            end.refuse(new RelayMessage.Error(RelayMessage.Error.RATE_LIMITED, "This technician created too many sessions"
                    + " lately. Try again in " + verdict.retryAfterSeconds() + " s.", verdict.retryAfterSeconds()));
            return;
        }
        String reserved;
        synchronized (service.lock()) {
            if (!end.isNew()) {
                return;
            }
            try {
                reserved = service.registry().reserve(end);
            } catch (IllegalStateException e) {
                LOG.warn("No nameplate for {}: {}", end.who(), e.getMessage());
                reserved = null;
            }
            if (reserved != null) {
                nameplate = reserved;
                end.waitsUnderNameplate();
                end.writeLine(new RelayMessage.Created(reserved));
            }
        }
        if (reserved == null) {
            end.refuse(new RelayMessage.Error(RelayMessage.Error.RATE_LIMITED, "The relay holds as many sessions as it can."
                    + " Try again in a minute.", 60L));
            return;
        }
        connection.settle();
        lapse = service.timer().schedule(this::lapse, service.nameplateLifetime().toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Nameplate {} created by {}", shortName(reserved), end.who());
        service.audit().write("create", Map.of("source", connection.source(), "technician", String.valueOf(connection.technician()),
                "key", String.valueOf(connection.keyFingerprint()), "nameplate", shortName(reserved)));
    }

    private void join(String wanted) {
        ConnectionState connection = end.connection();
        BackoffLimiter.Verdict verdict = service.admission().join(connection.source());
        if (!verdict.allowed()) {
            end.writeLine(new RelayMessage.Error(RelayMessage.Error.RATE_LIMITED, "Too many tries from your network."
                    + " Wait " + verdict.retryAfterSeconds() + " s, then check the code with your technician and try"
                    + " again.", verdict.retryAfterSeconds()));
            return;
        }
        JoinResult<RendezvousSubsystem> result;
        RendezvousSubsystem technician = null;
        synchronized (service.lock()) {
            if (!end.isNew()) {
                return;
            }
            result = service.registry().join(wanted);
            if (result instanceof JoinResult.Joined<RendezvousSubsystem> joined) {
                RendezvousSubsystem owner = joined.owner();
                if (owner.customerMayJoin()) {
                    // Under the service lock: both channels become ends of one pipe; "paired" goes out first on each.
                    nameplate = owner.nameplates().nameplate;
                    end.link(new AsyncPipe(owner, end), owner);
                    technician = owner;
                }
            }
        }
        String where = shortName(wanted);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("source", connection.source());
        fields.put("nameplate", where);
        if (technician != null) {
            technician.nameplates().cancelLapse();
            connection.settle();
            Instant pairedAt = service.clock().instant();
            end.pairedAt(pairedAt);
            technician.pairedAt(pairedAt);
            service.pairedCountChanged(1);
            LOG.info("Nameplate {} paired: {} with {}", where, technician.who(), end.who());
            fields.put("technician", String.valueOf(technician.connection().technician()));
            service.audit().write("pair", fields);
            return;
        }
        JoinFailure failure = JoinFailure.of(result);
        String outcome = failure.outcome();
        if (failure.countsAsMiss()) {
            end.missed();
        }
        if (result instanceof JoinResult.Burned<RendezvousSubsystem> burned) {
            burned.owner().nameplates().tellBurned();
        } else if (result instanceof JoinResult.Expired<RendezvousSubsystem> expired) {
            expired.owner().nameplates().tellLapsed();
        }
        end.writeLine(new RelayMessage.Error(failure.code(), failure.message()));
        if (result instanceof JoinResult.Burned<RendezvousSubsystem> burned) {
            service.audit().write("burn", Map.of("source", connection.source(), "nameplate", where,
                    "technician", String.valueOf(burned.owner().connection().technician())));
        }
        fields.put("result", outcome);
        service.audit().write("join", fields);
        LOG.info("{} could not join {}: {}", end.who(), where, outcome);
        if (end.missedTooOften()) {
            end.refuse(RelayMessage.Error.NOT_ALLOWED, "Too many session codes that lead nowhere; check the code with your"
                    + " technician and connect again.");
        }
    }

    private void lapse() {
        boolean lapsed;
        synchronized (service.lock()) {
            lapsed = end.mayLapse() && release();
        }
        if (lapsed) {
            tellLapsed();
        }
    }

    /** Called on the technician's side when its nameplate lapsed. */
    private void tellLapsed() {
        cancelLapse();
        LOG.info("Nameplate {} of {} lapsed: nobody joined within {}", shortName(nameplate), end.who(),
                service.nameplateLifetime());
        service.audit().write("expire", Map.of("source", end.connection().source(), "nameplate", shortName(nameplate)));
        end.refuse(RelayMessage.Error.EXPIRED, "No customer joined within " + describe(service.nameplateLifetime())
                + "; the session code has expired. Create a new session.");
    }

    /** Called on the technician's side by the customer whose failed join burned the nameplate. */
    private void tellBurned() {
        cancelLapse();
        end.refuse(RelayMessage.Error.BURNED, "Nobody can join this session any more: " + NameplateRegistry.MAX_FAILED_JOINS
                + " tries with a wrong code were made. Create a new session and read its code to your customer.");
    }

    /** The nameplate this channel created or joined, or null. */
    String nameplate() {
        return nameplate;
    }

    /**
     * Under the service lock: withdraws this technician's nameplate that nobody joined yet.
     *
     * @return whether it was still waiting; false once a customer claimed it
     */
    boolean release() {
        return service.registry().release(nameplate, end);
    }

    /** The session of this technician's joined nameplate is over. */
    void finished() {
        service.registry().finished(nameplate, end);
    }

    /** Stops the nameplate's lapse timer, if one runs: the channel paired, left or is closing. */
    void cancelLapse() {
        ScheduledFuture<?> pending = lapse;
        if (pending != null) {
            pending.cancel(false);
        }
    }
}
