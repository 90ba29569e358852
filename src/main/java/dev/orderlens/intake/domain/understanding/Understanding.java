package dev.orderlens.intake.domain.understanding;

import dev.orderlens.intake.domain.Intent;
import java.util.List;
import java.util.Set;

/**
 * What a customer's message says, as far as words tell.
 *
 * @param language ISO 639-1 code, or null when the language could not be told
 * @param intents never empty; the first is the main one, {@code OTHER} alone when nothing matched
 * @param deliveryAttemptDisputed the customer says they were home when the carrier claims a failed
 *     delivery attempt ("I was home all day"); the tracking feature weighs it against the scan
 * @param courierCategory what the customer complains of about the courier (a {@code
 *     ComplaintCategory} name), or null when the courier is not the subject
 */
public record Understanding(
    String language,
    List<Intent> intents,
    Set<Threat> threats,
    boolean deliveryAttemptDisputed,
    String courierCategory) {

  public Understanding {
    intents = intents == null || intents.isEmpty() ? List.of(Intent.OTHER) : List.copyOf(intents);
    threats = threats == null ? Set.of() : Set.copyOf(threats);
  }

  public Intent mainIntent() {
    return intents.get(0);
  }

  public boolean has(Threat threat) {
    return threats.contains(threat);
  }
}
