package dev.orderlens.understanding.domain;

import java.util.List;
import java.util.Set;

/**
 * What a customer's message says, as far as words tell.
 *
 * @param language ISO 639-1 code, or null when the language could not be told
 * @param intents never empty; the first is the main one, {@code OTHER} alone when nothing was read
 * @param deliveryAttemptDisputed the customer says they were home when the carrier claims a failed
 *     delivery attempt ("I was home all day"); the tracking feature weighs it against the scan
 * @param courierCategory what the customer complains of about the courier (a {@code
 *     ComplaintCategory} name), or null when the courier is not the subject
 * @param courierWords what the lexicons' phrases say of the courier
 */
public record Understanding(
    String language,
    List<Intent> intents,
    Set<Threat> threats,
    boolean deliveryAttemptDisputed,
    String courierCategory,
    CourierWords courierWords) {

  /**
   * The courier in hand-written phrases.
   *
   * @param categoryHits per complaint category name, how many of its phrases occur
   * @param presence the customer says they (or someone) were there
   * @param statedCauses causes of a delivery problem the customer names ({@code CUSTOMS}, {@code
   *     WEATHER}, {@code NOT_YET_SHIPPED}, …); they decide whose fault it is
   */
  public record CourierWords(
      java.util.Map<String, Integer> categoryHits, boolean presence, Set<String> statedCauses) {
    public CourierWords {
      categoryHits = categoryHits == null ? java.util.Map.of() : java.util.Map.copyOf(categoryHits);
      statedCauses = statedCauses == null ? Set.of() : Set.copyOf(statedCauses);
    }

    public static final CourierWords NONE = new CourierWords(null, false, null);
  }

  public Understanding {
    intents = intents == null || intents.isEmpty() ? List.of(Intent.OTHER) : List.copyOf(intents);
    threats = threats == null ? Set.of() : Set.copyOf(threats);
    courierWords = courierWords == null ? CourierWords.NONE : courierWords;
  }

  public Intent mainIntent() {
    return intents.get(0);
  }

  public boolean has(Threat threat) {
    return threats.contains(threat);
  }
}
