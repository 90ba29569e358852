package dev.orderlens.overview.application;

import dev.orderlens.intake.domain.HelpdeskDialects;
import dev.orderlens.order.domain.OrderSource;
import dev.orderlens.order.domain.OrderSources;
import dev.orderlens.overview.domain.OverviewQueries;
import dev.orderlens.platform.outbox.QueueMetrics;
import dev.orderlens.platform.rest.RemoteCallLog;
import dev.orderlens.privacy.domain.DisclosureFlag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The admin's overview: whether the helpdesks call and get their notes, whether shops and tracking
 * providers answer, how the work flows, and what Orderlens learned from the tickets. Counts, names
 * of systems and times only.
 */
@ApplicationScoped
public class OverviewService {

  /** How far back the flow (per hour) and what was learned (per day) reach. */
  static final Duration FLOW = Duration.ofHours(48);

  static final Duration LEARNED = Duration.ofDays(14);

  /**
   * What was learned is read from every stored enrichment of the last 14 days: at most once every
   * five minutes, however many admins keep the page open.
   */
  static final Duration LEARNED_REUSE = Duration.ofMinutes(5);

  private record Learned(
      Instant at,
      List<OverviewQueries.Understood> understood,
      List<OverviewQueries.Shown> shown,
      Map<String, Long> privacy) {}

  private volatile Learned learned;

  @Inject OverviewQueries queries;
  @Inject HelpdeskDialects helpdesks;
  @Inject OrderSources stores;
  @Inject QueueMetrics queue;
  @Inject Clock clock;

  /** One kind of queued work: how much waits, since when, and how much could not be delivered. */
  public record QueueState(String kind, long waiting, Instant oldestWaiting, long deadLetters) {}

  /** Everything on the page, read at once. */
  public record Overview(
      Instant at,
      List<OverviewQueries.HelpdeskActivity> helpdesks,
      List<String> stores,
      List<RemoteCallLog.Remote> remotes,
      List<OverviewQueries.HourlyEvents> eventsPerHour,
      List<QueueState> queues,
      List<OverviewQueries.Understood> understood,
      List<OverviewQueries.Shown> shown,
      Map<String, Long> privacy) {}

  public Overview read() {
    Instant now = clock.instant();
    return new Overview(
        now,
        helpdeskActivity(),
        stores.all().stream().map(OrderSource::store).toList(),
        RemoteCallLog.remotes(),
        queries.eventsPerHour(now.minus(FLOW)),
        queues(),
        learned(now).understood(),
        learned(now).shown(),
        learned(now).privacy());
  }

  private Learned learned(Instant now) {
    Learned l = learned;
    if (l == null || l.at().plus(LEARNED_REUSE).isBefore(now)) {
      Instant since = now.minus(LEARNED);
      l =
          new Learned(
              now,
              queries.understood(since),
              queries.shown(since),
              queries.privacyFlags(
                  since, Arrays.stream(DisclosureFlag.values()).map(Enum::name).toList()));
      learned = l;
    }
    return l;
  }

  private List<QueueState> queues() {
    List<QueueState> out = new ArrayList<>();
    queue
        .byKind()
        .forEach((kind, r) -> out.add(new QueueState(kind, r.waiting(), r.oldest(), r.dead())));
    return out;
  }

  /** Every configured helpdesk, and any other source that sent events (the generic webhook). */
  private List<OverviewQueries.HelpdeskActivity> helpdeskActivity() {
    List<OverviewQueries.HelpdeskActivity> seen =
        queries.helpdesks(clock.instant().minus(java.time.Duration.ofHours(1)));
    Set<String> named = new LinkedHashSet<>(helpdesks.names());
    List<OverviewQueries.HelpdeskActivity> out = new ArrayList<>(seen);
    seen.forEach(a -> named.remove(a.helpdesk()));
    named.forEach(h -> out.add(new OverviewQueries.HelpdeskActivity(h, null, null, 0, 0)));
    out.sort(java.util.Comparator.comparing(OverviewQueries.HelpdeskActivity::helpdesk));
    return out;
  }
}
