package dev.orderlens.privacy.domain;

/** Why an order looks like a gift; shown to the agent so they can judge a borderline case. */
public enum GiftReason {
  /** The shop platform marked the order as a gift. */
  PLATFORM_GIFT_FLAG,
  /** The order carries a gift message. */
  GIFT_MESSAGE,
  /** A line is gift wrapping or otherwise names a gift in its SKU or name. */
  GIFT_WRAP_LINE,
  /** The order note mentions a gift in one of the supported languages. */
  GIFT_WORDS_IN_NOTE,
  /** An order attribute (custom field) mentions a gift. */
  GIFT_WORDS_IN_ATTRIBUTES,
  /** Someone other than the buyer receives it at a personal, not a company, address. */
  DIFFERENT_RECIPIENT_AT_PERSONAL_ADDRESS
}
