package dev.orderlens.privacy.domain;

import java.util.List;

/** Whether an order is a gift, with every reason found; no reason means not a gift. */
public record GiftAssessment(List<GiftReason> reasons) {

  public static final GiftAssessment NOT_A_GIFT = new GiftAssessment(List.of());

  public GiftAssessment {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  public boolean isGift() {
    return !reasons.isEmpty();
  }
}
