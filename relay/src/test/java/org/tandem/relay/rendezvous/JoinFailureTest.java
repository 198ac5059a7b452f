package org.tandem.relay.rendezvous;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.shared.relay.RelayMessage;

class JoinFailureTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new JoinResult.Joined<>("owner"), "technician-left", RelayMessage.Error.UNKNOWN_NAMEPLATE, false),
                Arguments.of(new JoinResult.WrongCheck<>(2), "wrong-code-2", RelayMessage.Error.UNKNOWN_NAMEPLATE, true),
                Arguments.of(new JoinResult.Burned<>("owner"), "burned", RelayMessage.Error.UNKNOWN_NAMEPLATE, true),
                Arguments.of(new JoinResult.WasBurned<>(), "was-burned", RelayMessage.Error.BURNED, false),
                Arguments.of(new JoinResult.InUse<>(), "in-use", RelayMessage.Error.IN_USE, false),
                Arguments.of(new JoinResult.Expired<>("owner"), "expired", RelayMessage.Error.EXPIRED, false),
                Arguments.of(new JoinResult.Unknown<>(), "unknown", RelayMessage.Error.UNKNOWN_NAMEPLATE, true));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void eachFailedJoinHasItsOutcomeErrorAndMissCount(JoinResult<String> result, String outcome, String code,
            boolean miss) {
        JoinFailure failure = JoinFailure.of(result);
        assertEquals(outcome, failure.outcome());
        assertEquals(code, failure.code());
        assertEquals(miss, failure.countsAsMiss());
    }

    @ParameterizedTest
    @MethodSource("failures")
    void everyMissReadsTheSameSoAGuesserLearnsNothing(JoinResult<String> result, String outcome, String code,
            boolean miss) {
        // Who guesses must not learn whether a nameplate exists: a wrong check, a burn and an unknown code read alike.
        assertEquals(miss, JoinFailure.of(result).message().equals(JoinFailure.of(new JoinResult.Unknown<>()).message()));
    }
}
