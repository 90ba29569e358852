package dev.orderlens.tracking.domain.story;

import dev.orderlens.tracking.domain.Blame;
import dev.orderlens.tracking.domain.Shipment;
import dev.orderlens.tracking.domain.detection.CarrierCandidate;
import dev.orderlens.tracking.domain.schedule.DeliveryEstimate;
import dev.orderlens.tracking.domain.suspicion.SuspicionAssessment;
import java.util.List;

/**
 * The assembled answer: the {@link Shipment} the agent sees, plus the verdicts behind it that
 * carrier scoring and feedback reports need (the suspicion verdict, whose fault the current problem
 * is, the full carrier candidates).
 *
 * @param blame whose doing the current sub-status is, once the customer's dispute is heard; {@link
 *     Blame#UNKNOWN} when there is no problem or no reason
 */
public record ShipmentStory(
    Shipment shipment,
    List<CarrierCandidate> candidates,
    DeliveryEstimate estimate,
    SuspicionAssessment suspicion,
    Blame blame) {

  public ShipmentStory {
    candidates = List.copyOf(candidates);
  }
}
