package dev.orderlens.order.domain;

import dev.orderlens.order.domain.catalog.CatalogSource;
import java.util.List;

/** Port to every store the admin configured, plus the orders pushed to Orderlens. */
public interface OrderSources {
  List<OrderSource> all();

  /** The platform a store runs on; {@link ShopPlatform#IMPORTED} for pushed or unknown stores. */
  ShopPlatform platformOf(String store);

  /** The stores' catalogues, each asked only about its own store. */
  CatalogSource catalog();
}
