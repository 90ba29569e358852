package dev.orderlens.customer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.order.domain.PaymentState;
import dev.orderlens.understanding.domain.Intent;
import dev.orderlens.understanding.domain.Threat;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HandlingPolicyTest {

  private final HandlingPolicy policy = HandlingPolicy.defaults();

  @ParameterizedTest(name = "{0} {1} waited {2}h, {3} msgs, {4}, {5} -> {6}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PRODUCT_QUESTION | NEW     | 0  | 1 | NONE                           | PAID     | LOW
          OTHER            | REGULAR | 0  | 1 | NONE                           | PAID     | LOW
          ORDER_STATUS     | NEW     | 0  | 1 | NONE                           | PAID     | NORMAL
          CANCEL_ORDER     | NEW     | 0  | 1 | NONE                           | PAID     | HIGH
          WRONG_ADDRESS    | NEW     | 0  | 1 | NONE                           | PAID     | HIGH
          PRIVACY_CONCERN  | NEW     | 0  | 1 | NONE                           | PAID     | HIGH
          ORDER_STATUS     | VIP     | 0  | 1 | NONE                           | PAID     | HIGH
          ORDER_STATUS     | REGULAR | 25 | 1 | NONE                           | PAID     | HIGH
          ORDER_STATUS     | REGULAR | 24 | 2 | NONE                           | PAID     | NORMAL
          ORDER_STATUS     | NEW     | 0  | 3 | NONE                           | PAID     | HIGH
          ORDER_STATUS     | VIP     | 30 | 1 | NONE                           | PAID     | URGENT
          CANCEL_ORDER     | VIP     | 30 | 4 | NONE                           | PAID     | URGENT
          PRODUCT_QUESTION | NEW     | 0  | 1 | REVIEW_THREAT                  | PAID     | HIGH
          ORDER_STATUS     | VIP     | 0  | 1 | CHARGEBACK_THREAT              | PAID     | HIGH
          OTHER            | NEW     | 0  | 1 | NONE                           | DISPUTED | URGENT
          """)
  void priorityFollowsIntentValueWaitAndThreats(
      Intent intent,
      String tier,
      long waitedHours,
      int messages,
      String threats,
      PaymentState payment,
      Priority expected) {
    HandlingCase handlingCase =
        new HandlingCase(
            List.of(intent),
            profile(tier),
            threats(threats),
            payment,
            Duration.ofHours(waitedHours),
            messages,
            null);

    assertEquals(expected, policy.decide(handlingCase).priority());
  }

  @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          NEW     | WRONG_ADDRESS                     | NONE          | PAID     | NONE
          REGULAR | WRONG_ADDRESS                     | NONE          | PAID     | COUPON 10
          REGULAR | DELIVERED_NOT_RECEIVED_WITH_PROOF | NONE          | PAID     | NONE
          VIP     | WRONG_ADDRESS                     | NONE          | PAID     | RESHIP
          VIP     | DELIVERED_NOT_RECEIVED_WITH_PROOF | NONE          | PAID     | COUPON 15
          VIP     | IGNORED_SUBSCRIPTION_TERMS        | NONE          | PAID     | COUPON 20
          VIP     | WRONG_ADDRESS                     | REVIEW_THREAT | PAID     | NONE
          VIP     | WRONG_ADDRESS                     | NONE          | DISPUTED | NONE
          """)
  void goodwillComesFromTheTableAndNeverRewardsThreats(
      String tier,
      CustomerFaultIssue issue,
      String threats,
      PaymentState payment,
      String expected) {
    assertEquals(
        Goodwill.parse(expected),
        policy.decide(caseWith(tier, issue, threats(threats), payment)).goodwill());
  }

  @Test
  void customerWithoutFaultIssueGetsNoGoodwill() {
    assertEquals(
        Goodwill.NONE,
        policy.decide(caseWith("VIP", null, Set.of(), PaymentState.PAID)).goodwill());
  }

  @Test
  void threateningCustomerStillGetsWhatThePolicyGivesEveryone() {
    HandlingPolicy generous =
        new HandlingPolicy(
            ValueTiers.DEFAULTS,
            GoodwillTable.fromConfig(
                Map.of("NEW.WRONG_ADDRESS", "COUPON 5", "VIP.WRONG_ADDRESS", "RESHIP")));

    Handling handling =
        generous.decide(
            caseWith(
                "VIP",
                CustomerFaultIssue.WRONG_ADDRESS,
                threats("REVIEW_THREAT"),
                PaymentState.PAID));

    assertEquals(Goodwill.coupon(5), handling.goodwill());
  }

  @Test
  void threatsAndOpenChargebackAreFlaggedAndTaggedForTheStandardProcess() {
    Handling handling =
        policy.decide(
            caseWith(
                "VIP", null, threats("REVIEW_THREAT,CHARGEBACK_THREAT"), PaymentState.DISPUTED));

    assertEquals(
        List.of("REVIEW_THREAT", "CHARGEBACK_THREAT", "CHARGEBACK_OPEN"), handling.flags());
    assertEquals(List.of("ltv_vip", "policy_standard_process"), handling.tags());
  }

  @Test
  void calmCustomerGetsOnlyTheValueTag() {
    Handling handling = policy.decide(caseWith("REGULAR", null, Set.of(), PaymentState.PAID));

    assertEquals(List.of(), handling.flags());
    assertEquals(List.of("ltv_regular"), handling.tags());
  }

  private static HandlingCase caseWith(
      String tier, CustomerFaultIssue issue, Set<Threat> threats, PaymentState payment) {
    return new HandlingCase(
        List.of(Intent.COURIER_COMPLAINT),
        profile(tier),
        threats,
        payment,
        Duration.ZERO,
        1,
        issue);
  }

  private static CustomerProfile profile(String tier) {
    return new CustomerProfile(tier, BigDecimal.TEN, "EUR", 1, 0, 0);
  }

  private static Set<Threat> threats(String names) {
    return Stream.of(names.split(","))
        .filter(name -> !name.equals("NONE"))
        .map(Threat::valueOf)
        .collect(Collectors.toSet());
  }
}
