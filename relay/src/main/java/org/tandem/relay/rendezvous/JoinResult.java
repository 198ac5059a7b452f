package org.tandem.relay.rendezvous;

/** What became of a customer's attempt to join a nameplate. */
public sealed interface JoinResult<T> {
    /** The nameplate was waiting and the whole of it matched; the caller now pairs with its owner. */
    record Joined<T>(T owner) implements JoinResult<T> {}

    /** No nameplate of that number is waiting. */
    record Unknown<T>() implements JoinResult<T> {}

    /**
     * A technician waits under the first part of the number, but the rest did not match. The
     * joining guest is told no more than for {@link Unknown}, so a sweep learns nothing from it.
     *
     * @param failures failed joins against this nameplate so far, fewer than the limit
     */
    record WrongCheck<T>(int failures) implements JoinResult<T> {}

    /** This failed join was the last one allowed: the nameplate is burned and its owner should be told. */
    record Burned<T>(T owner) implements JoinResult<T> {}

    /** The whole nameplate matched one that was burned earlier; the customer needs a new code. */
    record WasBurned<T>() implements JoinResult<T> {}

    /** A customer joined this nameplate already; its session is live or ended only lately. */
    record InUse<T>() implements JoinResult<T> {}

    /** The nameplate was there but past its lifetime; it is gone now and its owner should be told. */
    record Expired<T>(T owner) implements JoinResult<T> {}
}
