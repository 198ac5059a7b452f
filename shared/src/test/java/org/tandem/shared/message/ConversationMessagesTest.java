package org.tandem.shared.message;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.conversation.StepState;

/** Hostile conversation messages are refused when they are built, so the codec never hands one on. */
class ConversationMessagesTest {

    static Stream<Arguments> refused() {
        PlanStep step = new PlanStep("s1", "Restart", "", "", StepState.PLANNED);
        return Stream.of(
                Arguments.of("no stars", (Executable) () -> new ControlMessage.RatingGiven(0, "")),
                Arguments.of("six stars", (Executable) () -> new ControlMessage.RatingGiven(6, "")),
                Arguments.of("empty chat", (Executable) () -> new ControlMessage.ChatSent("c1", "   ")),
                Arguments.of("chat too long", (Executable) () -> new ControlMessage.ChatSent("c1", "x".repeat(2001))),
                Arguments.of("chat with a control character", (Executable) () -> new ControlMessage.ChatSent("c1", "a\u0007b")),
                Arguments.of("bad chat id", (Executable) () -> new ControlMessage.ChatSent("../x", "hi")),
                Arguments.of("plan revision 0", (Executable) () -> new ControlMessage.PlanUpdated(0, List.of(step))),
                Arguments.of("step ids repeat", (Executable) () -> new ControlMessage.PlanUpdated(1, List.of(step, step))),
                Arguments.of("too many steps", (Executable) () -> new ControlMessage.PlanUpdated(1,
                        Stream.iterate(1, i -> i + 1).limit(41).map(i -> new PlanStep("s" + i, "Step " + i, "", "",
                                StepState.PLANNED)).toList())),
                Arguments.of("blank step title", (Executable) () -> new PlanStep("s1", " ", "", "", StepState.PLANNED)),
                Arguments.of("step title on two lines", (Executable) () -> new PlanStep("s1", "a\nb", "", "", StepState.PLANNED)),
                Arguments.of("bad linked action", (Executable) () -> new PlanStep("s1", "Run", "", "Rm -rf", StepState.PLANNED)),
                Arguments.of("working answer maybe", (Executable) () -> new ControlMessage.WorkingAnswer("maybe")),
                Arguments.of("not answered without why", (Executable) () -> new ControlMessage.WorkingAnswer("not answered")),
                Arguments.of("a no with a reason", (Executable) () -> new ControlMessage.WorkingAnswer("no", "Sharing stopped.")),
                Arguments.of("a step OK'd and not answered", (Executable) () -> new ControlMessage.PlanStepAnswered("s1", true,
                        true, "")),
                Arguments.of("a step's no with a reason", (Executable) () -> new ControlMessage.PlanStepAnswered("s1", false,
                        false, "Sharing stopped.")),
                Arguments.of("a step not answered without why", (Executable) () -> ControlMessage.PlanStepAnswered
                        .notAnswered("s1", " ")),
                Arguments.of("follow-up on two lines", (Executable) () -> new ControlMessage.FollowUpRequested("a\nb", "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefused(String what, Executable build) {
        assertThrows(IllegalArgumentException.class, build);
    }
}
