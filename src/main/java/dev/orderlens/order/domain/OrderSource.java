package dev.orderlens.order.domain;

import java.util.List;
import java.util.Optional;

/**
 * Port to one shop's orders. Adapters translate a platform's own model (Shopify, WooCommerce,
 * Magento, Vendure, pushed orders) into {@link Order}; they throw {@link
 * OrderSourceUnavailableException} when the platform cannot answer, never a vendor exception.
 */
public interface OrderSource {

  /** The store name this source answers for, as configured by the admin. */
  String store();

  Optional<Order> findByNumber(OrderNumber number);

  /** The customer's most recent orders, newest first, matched on the buyer's e-mail. */
  List<Order> findByCustomerEmail(String email);
}
