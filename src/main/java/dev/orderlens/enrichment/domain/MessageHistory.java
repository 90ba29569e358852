package dev.orderlens.enrichment.domain;

/**
 * How often the customer has written before: on this ticket, and about the same order on any
 * ticket. A third message about one order raises the priority.
 */
@FunctionalInterface
public interface MessageHistory {

  /** No earlier messages at all. */
  MessageHistory NONE = orderKey -> 0;

  /**
   * @param orderKey the order this message is about ({@link #orderKey}), or null when none is known
   * @return how many messages came before this one, on this ticket or about that order
   */
  int earlierMessages(String orderKey);

  static String orderKey(String store, String number) {
    return store + ":" + number;
  }
}
