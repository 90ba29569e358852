package dev.orderlens.order.domain.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.customer.domain.Priority;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PriorityPolicyTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(
            "a new customer who just wrote",
            ValueTier.NEW,
            Duration.ofHours(2),
            1,
            Priority.NORMAL,
            0),
        Arguments.of("a VIP", ValueTier.VIP, Duration.ofHours(2), 1, Priority.HIGH, 1),
        Arguments.of(
            "a loyal customer is not raised by default",
            ValueTier.LOYAL,
            null,
            1,
            Priority.NORMAL,
            0),
        Arguments.of(
            "waited exactly 24 h", ValueTier.REGULAR, Duration.ofHours(24), 1, Priority.NORMAL, 0),
        Arguments.of("waited 25 h", ValueTier.REGULAR, Duration.ofHours(25), 1, Priority.HIGH, 1),
        Arguments.of("third message", ValueTier.REGULAR, null, 3, Priority.HIGH, 1),
        Arguments.of(
            "VIP, long wait, many messages",
            ValueTier.VIP,
            Duration.ofDays(3),
            4,
            Priority.URGENT,
            3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachReasonRaisesOneStepUpToUrgent(
      String situation,
      ValueTier tier,
      Duration waited,
      int messages,
      Priority expected,
      int reasons) {
    PriorityDecision decision =
        PriorityPolicy.decide(Priority.NORMAL, tier, ValueTiers.DEFAULTS, waited, messages);

    assertEquals(expected, decision.priority(), situation);
    assertEquals(reasons, decision.reasons().size(), situation);
  }

  @Test
  void anAlreadyUrgentTicketStaysUrgent() {
    assertEquals(
        Priority.URGENT,
        PriorityPolicy.decide(Priority.URGENT, ValueTier.VIP, ValueTiers.DEFAULTS, null, 5)
            .priority());
  }

  @Test
  void aLowTicketIsNeverLowered() {
    assertEquals(
        Priority.LOW,
        PriorityPolicy.decide(Priority.LOW, ValueTier.NEW, ValueTiers.DEFAULTS, null, 0)
            .priority());
  }
}
