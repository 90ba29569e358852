package dev.orderlens.order.domain;

import java.util.List;

/** Port to every order source the admin configured, plus the orders pushed to Orderlens. */
public interface OrderSources {
  List<OrderSource> all();
}
