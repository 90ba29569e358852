package dev.orderlens.overview.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.intake.domain.HelpdeskDialect;
import dev.orderlens.intake.domain.HelpdeskDialects;
import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.order.domain.OrderSources;
import dev.orderlens.order.domain.ShopPlatform;
import dev.orderlens.order.domain.catalog.CatalogSource;
import dev.orderlens.overview.domain.OverviewQueries;
import dev.orderlens.platform.outbox.QueueMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OverviewServiceTest {

  private final List<String> asked = new ArrayList<>();
  private Instant now = Instant.parse("2026-11-20T10:00:00Z");

  private OverviewService service(List<OverviewQueries.HelpdeskActivity> seen) {
    OverviewService s = new OverviewService();
    s.clock =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
    s.queries = new CountingQueries(seen);
    s.queue = new QueueMetrics();
    s.helpdesks =
        new HelpdeskDialects() {
          @Override
          public Optional<HelpdeskDialect> find(String helpdesk) {
            return Optional.empty();
          }

          @Override
          public Set<String> names() {
            return Set.of("zendesk", "zammad");
          }
        };
    s.stores =
        new OrderSources() {
          @Override
          public List<OrderSource> all() {
            return List.of();
          }

          @Override
          public ShopPlatform platformOf(String store) {
            return ShopPlatform.IMPORTED;
          }

          @Override
          public CatalogSource catalog() {
            return (store, sku, max) -> List.of();
          }
        };
    return s;
  }

  @Test
  void aConfiguredHelpdeskThatNeverCalledIsListedWithNothingSeen() {
    OverviewService overview =
        service(
            List.of(
                new OverviewQueries.HelpdeskActivity("zammad", now.minusSeconds(60), null, 0, 2)));

    var helpdesks = overview.read().helpdesks();

    assertEquals(List.of("zammad", "zendesk"), helpdesks.stream().map(h -> h.helpdesk()).toList());
    assertEquals(null, helpdesks.get(1).lastEvent());
    assertEquals(now.minusSeconds(60), helpdesks.get(0).lastEvent());
    assertEquals(2, helpdesks.get(0).failedLastHour());
    assertEquals(0, helpdesks.get(1).failedLastHour());
    assertTrue(asked.contains("helpdesks since " + now.minus(Duration.ofHours(1))));
  }

  @Test
  void whatWasLearnedIsReadAtMostEveryFiveMinutesWhileTheFlowIsReadEachTime() {
    OverviewService overview = service(List.of());

    overview.read();
    now = now.plus(Duration.ofMinutes(4));
    overview.read();
    now = now.plus(Duration.ofMinutes(2));
    overview.read();

    assertEquals(3, asked.stream().filter("eventsPerHour"::equals).count());
    assertEquals(2, asked.stream().filter("understood"::equals).count());
    assertEquals(2, asked.stream().filter("privacyFlags"::equals).count());
  }

  private final class CountingQueries implements OverviewQueries {
    private final List<HelpdeskActivity> seen;

    CountingQueries(List<HelpdeskActivity> seen) {
      this.seen = seen;
    }

    @Override
    public List<HelpdeskActivity> helpdesks(Instant failuresSince) {
      asked.add("helpdesks since " + failuresSince);
      return seen;
    }

    @Override
    public List<HourlyEvents> eventsPerHour(Instant since) {
      asked.add("eventsPerHour");
      return List.of();
    }

    @Override
    public List<Understood> understood(Instant since) {
      asked.add("understood");
      return List.of();
    }

    @Override
    public List<Shown> shown(Instant since) {
      asked.add("shown");
      return List.of();
    }

    @Override
    public Map<String, Long> privacyFlags(Instant since, List<String> flags) {
      asked.add("privacyFlags");
      return Map.of();
    }
  }
}
