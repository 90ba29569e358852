package dev.orderlens.order.infrastructure;

import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.order.domain.OrderSources;
import dev.orderlens.order.domain.ShopPlatform;
import dev.orderlens.order.domain.UnavailableWhenFailingOrderSource;
import dev.orderlens.order.domain.cache.CachingOrderSource;
import dev.orderlens.order.domain.cache.OrderCache;
import dev.orderlens.order.domain.cache.OrderCachePolicy;
import dev.orderlens.order.domain.catalog.CatalogItem;
import dev.orderlens.order.domain.catalog.CatalogSource;
import dev.orderlens.order.domain.catalog.OneStoreCatalog;
import dev.orderlens.order.infrastructure.imported.SqlImportedOrders;
import dev.orderlens.order.infrastructure.magento.MagentoCatalogSource;
import dev.orderlens.order.infrastructure.magento.MagentoGateway;
import dev.orderlens.order.infrastructure.magento.MagentoOrderSource;
import dev.orderlens.order.infrastructure.shopify.ShopifyCatalogSource;
import dev.orderlens.order.infrastructure.shopify.ShopifyGateway;
import dev.orderlens.order.infrastructure.shopify.ShopifyOrderSource;
import dev.orderlens.order.infrastructure.vendure.VendureCatalogSource;
import dev.orderlens.order.infrastructure.vendure.VendureGateway;
import dev.orderlens.order.infrastructure.vendure.VendureOrderSource;
import dev.orderlens.order.infrastructure.woocommerce.WooCommerceCatalogSource;
import dev.orderlens.order.infrastructure.woocommerce.WooCommerceGateway;
import dev.orderlens.order.infrastructure.woocommerce.WooCommerceOrderSource;
import dev.orderlens.platform.rest.RemoteCallLog;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Builds the order sources from MicroProfile Config: {@code orderlens.stores} lists store names;
 * each has {@code orderlens.store.<name>.type} (shopify, woocommerce, magento, vendure) and {@code
 * .url}, and its token in the environment as {@code ORDERLENS_STORE_<NAME>_TOKEN}. Pushed orders
 * are always a source.
 */
@ApplicationScoped
public class ConfiguredOrderSources implements OrderSources {
  private static final Logger LOG = Logger.getLogger(ConfiguredOrderSources.class.getName());

  @Inject Config config;
  @Inject SqlImportedOrders imported;
  @Inject ShopifyGateway shopify;
  @Inject WooCommerceGateway wooCommerce;
  @Inject MagentoGateway magento;
  @Inject VendureGateway vendure;
  @Inject OrderCache cache;
  @Inject Clock clock;

  private List<OrderSource> sources;
  private Map<String, ShopPlatform> platforms;
  private List<CatalogSource> catalogues;

  /**
   * Created with the application: the stores' clients are built when the application starts, not
   * during the first ticket.
   */
  void createdAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // observing the start creates the bean, and with it runs build()
  }

  @PostConstruct
  void build() {
    List<OrderSource> built = new ArrayList<>();
    List<CatalogSource> catalogs = new ArrayList<>();
    Map<String, ShopPlatform> types = new HashMap<>();
    built.add(imported);
    for (StoreConfig store : stores()) {
      switch (store.type()) {
        case "shopify" -> {
          built.add(new ShopifyOrderSource(store, shopify));
          catalogs.add(new OneStoreCatalog(store.name(), new ShopifyCatalogSource(store, shopify)));
        }
        case "woocommerce" -> {
          built.add(new WooCommerceOrderSource(store, wooCommerce));
          catalogs.add(
              new OneStoreCatalog(store.name(), new WooCommerceCatalogSource(store, wooCommerce)));
        }
        case "magento" -> {
          built.add(new MagentoOrderSource(store, magento));
          catalogs.add(new OneStoreCatalog(store.name(), new MagentoCatalogSource(store, magento)));
        }
        case "vendure" -> {
          built.add(new VendureOrderSource(store, vendure, clock));
          catalogs.add(new OneStoreCatalog(store.name(), new VendureCatalogSource(store, vendure)));
        }
        default -> {
          LOG.warning(
              () ->
                  "Store " + store.name() + " has unsupported type " + store.type() + "; ignored");
          continue;
        }
      }
      types.put(store.name(), ShopPlatform.fromType(store.type()));
    }
    OrderCachePolicy policy = cachePolicy();
    sources =
        built.stream()
            .map(
                source ->
                    source == imported
                        ? source
                        : (OrderSource)
                            new CachingOrderSource(
                                new UnavailableWhenFailingOrderSource(
                                    source,
                                    (store, failure) ->
                                        RemoteCallLog.failed(
                                            "shop", store, failure, clock.instant())),
                                cache,
                                policy,
                                clock))
            .toList();
    platforms = Map.copyOf(types);
    catalogues = List.copyOf(catalogs);
    LOG.info(() -> "Order sources: " + sources.stream().map(OrderSource::store).toList());
  }

  @Override
  public List<OrderSource> all() {
    return sources;
  }

  @Override
  public ShopPlatform platformOf(String store) {
    return platforms.getOrDefault(store, ShopPlatform.IMPORTED);
  }

  /** Each catalogue answers only for its own store, so asking all of them routes the question. */
  @Override
  public CatalogSource catalog() {
    return (store, sku, max) -> {
      for (CatalogSource catalog : catalogues) {
        List<CatalogItem> items = catalog.inStockAlternatives(store, sku, max);
        if (!items.isEmpty()) {
          return items;
        }
      }
      return List.of();
    };
  }

  /** TTLs from {@code order.cache.*} (ISO-8601 durations), the policy's defaults otherwise. */
  private OrderCachePolicy cachePolicy() {
    OrderCachePolicy d = OrderCachePolicy.DEFAULTS;
    return new OrderCachePolicy(
        duration("order.cache.in-flight", d.inFlight()),
        duration("order.cache.settled", d.settled()),
        duration("order.cache.not-found", d.notFound()),
        duration("order.cache.stale-if-unavailable", d.staleIfUnavailable()));
  }

  private Duration duration(String key, Duration fallback) {
    return config.getOptionalValue(key, String.class).map(Duration::parse).orElse(fallback);
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
