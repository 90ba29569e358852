package dev.orderlens.order.infrastructure;

import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.order.domain.OrderSources;
import dev.orderlens.order.infrastructure.imported.JpaImportedOrders;
import dev.orderlens.order.infrastructure.shopify.ShopifyGateway;
import dev.orderlens.order.infrastructure.shopify.ShopifyOrderSource;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Builds the order sources from MicroProfile Config: {@code orderlens.stores} lists store names;
 * each has {@code orderlens.store.<name>.type} and {@code .url}, and its token in the environment
 * as {@code ORDERLENS_STORE_<NAME>_TOKEN}. Pushed orders are always a source.
 */
@ApplicationScoped
public class ConfiguredOrderSources implements OrderSources {
  private static final Logger LOG = Logger.getLogger(ConfiguredOrderSources.class.getName());

  @Inject Config config;
  @Inject JpaImportedOrders imported;
  @Inject ShopifyGateway shopify;

  private List<OrderSource> sources;

  @PostConstruct
  void build() {
    List<OrderSource> built = new ArrayList<>();
    built.add(imported);
    for (StoreConfig store : stores()) {
      switch (store.type()) {
        case "shopify" -> built.add(new ShopifyOrderSource(store, shopify));
        default ->
            LOG.warning(
                () ->
                    "Store "
                        + store.name()
                        + " has unsupported type "
                        + store.type()
                        + "; ignored");
      }
    }
    sources = List.copyOf(built);
    LOG.info(() -> "Order sources: " + sources.stream().map(OrderSource::store).toList());
  }

  @Override
  public List<OrderSource> all() {
    return sources;
  }

  List<StoreConfig> stores() {
    String names = config.getOptionalValue("orderlens.stores", String.class).orElse("");
    return Arrays.stream(names.split(","))
        .map(String::strip)
        .filter(n -> !n.isEmpty())
        .map(this::store)
        .toList();
  }

  private StoreConfig store(String name) {
    String prefix = "orderlens.store." + name + ".";
    return new StoreConfig(
        name,
        config.getValue(prefix + "type", String.class).strip().toLowerCase(Locale.ROOT),
        URI.create(config.getValue(prefix + "url", String.class).strip()),
        config.getOptionalValue(prefix + "token", String.class).orElse(null));
  }
}
