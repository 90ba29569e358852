package dev.orderlens.overview.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the stored tickets and the work queue say about how Orderlens is doing: counts and times
 * only, never a ticket's text or a customer.
 */
public interface OverviewQueries {

  /**
   * A helpdesk's last event, last delivered write-back, write-backs now retrying, and write-backs
   * whose attempt failed within the last hour (delivered since or not).
   */
  record HelpdeskActivity(
      String helpdesk,
      Instant lastEvent,
      Instant lastWriteBack,
      long retrying,
      long failedLastHour) {}

  /** Events received in one hour from one helpdesk, by what became of them. */
  record HourlyEvents(Instant hour, String helpdesk, String status, long events) {}

  /** Enriched tickets of one day by language and main intent. */
  record Understood(LocalDate day, String language, String intent, long tickets) {}

  /** Enriched tickets by who wrote and whether an order was shown. */
  record Shown(String contact, boolean orderFound, long tickets) {}

  /** Each helpdesk's activity; failures counted from {@code failuresSince}. */
  List<HelpdeskActivity> helpdesks(Instant failuresSince);

  List<HourlyEvents> eventsPerHour(Instant since);

  List<Understood> understood(Instant since);

  List<Shown> shown(Instant since);

  /** How many enriched tickets carried each privacy flag. */
  Map<String, Long> privacyFlags(Instant since, List<String> flags);
}
