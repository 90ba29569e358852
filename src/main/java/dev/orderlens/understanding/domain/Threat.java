package dev.orderlens.understanding.domain;

/**
 * A threat in the customer's own words. Agents must see it before offering anything: goodwill given
 * under threat teaches customers to threaten.
 */
public enum Threat {
  /** "I will leave a 1-star review", "recensione negativa", "отзыв", "Bewertung" … */
  REVIEW_THREAT,
  /** "I will open a chargeback", "contestare l'addebito", "Rückbuchung", "contracargo" … */
  CHARGEBACK_THREAT
}
