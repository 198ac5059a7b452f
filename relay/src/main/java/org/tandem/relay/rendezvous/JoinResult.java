package org.tandem.relay.rendezvous;

/** What became of a customer's attempt to join a nameplate. */
public sealed interface JoinResult<T> {
    /** The nameplate was waiting; the caller now pairs with its owner. */
    record Joined<T>(T owner) implements JoinResult<T> {}

    /** No nameplate of that number is waiting. */
    record Unknown<T>() implements JoinResult<T> {}

    /** A customer joined this nameplate already; its session is live or ended only lately. */
    record InUse<T>() implements JoinResult<T> {}

    /** The nameplate was there but past its lifetime; it is gone now and its owner should be told. */
    record Expired<T>(T owner) implements JoinResult<T> {}
}
