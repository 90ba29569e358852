package dev.orderlens.understanding.domain;

/** What a customer wants from a ticket. Several may apply; the first is the main one. */
public enum Intent {
  ORDER_STATUS,
  CANCEL_ORDER,
  RETURN_REFUND,
  COURIER_COMPLAINT,
  WRONG_ADDRESS,
  PRODUCT_QUESTION,
  SERVICE_COMPLAINT,
  PRIVACY_CONCERN,
  OTHER
}
