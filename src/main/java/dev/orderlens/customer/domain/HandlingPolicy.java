package dev.orderlens.customer.domain;

import dev.orderlens.understanding.domain.Threat;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides priority, goodwill, flags and tags for a ticket. A customer who threatens a bad review or
 * a chargeback, or has one open, gets the standard process: the goodwill any customer gets for the
 * issue and nothing more, since giving in to threats invites them, and an open chargeback is
 * already being decided by the bank.
 */
public final class HandlingPolicy {

  public static final String FLAG_CHARGEBACK_OPEN = "CHARGEBACK_OPEN";
  public static final String TAG_STANDARD_PROCESS = "policy_standard_process";

  private final ValueTiers tiers;
  private final GoodwillTable goodwill;

  public HandlingPolicy(ValueTiers tiers, GoodwillTable goodwill) {
    this.tiers = tiers;
    this.goodwill = goodwill;
  }

  /** With the documented default tiers and goodwill table. */
  public static HandlingPolicy defaults() {
    return new HandlingPolicy(ValueTiers.DEFAULTS, GoodwillTable.defaults());
  }

  public Handling decide(HandlingCase handlingCase) {
    List<String> flags = new ArrayList<>();
    for (Threat threat : Threat.values()) {
      if (handlingCase.threats().contains(threat)) {
        flags.add(threat.name());
      }
    }
    if (handlingCase.chargebackOpen()) {
      flags.add(FLAG_CHARGEBACK_OPEN);
    }
    boolean standardProcess = !flags.isEmpty();
    List<String> tags = new ArrayList<>();
    if (handlingCase.customer() != null) {
      tags.add(CustomerValuation.tag(handlingCase.customer()));
    }
    if (standardProcess) {
      tags.add(TAG_STANDARD_PROCESS);
    }
    return new Handling(
        PriorityRules.of(handlingCase, isTopTier(handlingCase)),
        goodwill(handlingCase, standardProcess),
        flags,
        tags);
  }

  private Goodwill goodwill(HandlingCase handlingCase, boolean standardProcess) {
    if (handlingCase.faultIssue() == null || handlingCase.chargebackOpen()) {
      return Goodwill.NONE;
    }
    String tier =
        standardProcess || handlingCase.customer() == null
            ? tiers.lowest()
            : handlingCase.customer().tier();
    return goodwill.suggest(tier, handlingCase.faultIssue());
  }

  private boolean isTopTier(HandlingCase handlingCase) {
    return handlingCase.customer() != null
        && tiers.tiers().size() > 1
        && tiers.highest().equals(handlingCase.customer().tier());
  }
}
