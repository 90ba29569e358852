package dev.orderlens.carrier.application;

import dev.orderlens.carrier.domain.account.CarrierAccount;
import dev.orderlens.carrier.domain.report.IncidentState;
import dev.orderlens.carrier.domain.report.IncidentStore;
import dev.orderlens.carrier.domain.report.ReportArchive;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * What a carrier may do through the pull API: read its own reports and incidents and answer an
 * incident. Every lookup is scoped to the authenticated carrier; an id of another carrier's report
 * or incident is refused ({@link PortalRefusal.Reason#NOT_YOURS}), so ids cannot be used to read
 * across carriers.
 */
@ApplicationScoped
public class CarrierPortal {

  @Inject ReportArchive archive;
  @Inject IncidentStore incidents;
  @Inject Clock clock;

  /** How a carrier answers an incident. */
  public enum Answer {
    ACKNOWLEDGE,
    DISPUTE
  }

  public List<ReportArchive.Stored> reports(CarrierAccount carrier) {
    return archive.list(carrier.code(), 100);
  }

  public ReportArchive.Stored report(CarrierAccount carrier, long id) {
    ReportArchive.Stored report = archive.find(id).orElseThrow(() -> notFound("No report " + id));
    requireOwn(carrier, report.carrier());
    return report;
  }

  public List<IncidentStore.Stored> incidents(CarrierAccount carrier, IncidentState state) {
    return incidents.list(carrier.code(), state, 500);
  }

  @Transactional
  public IncidentStore.Stored answer(
      CarrierAccount carrier, long id, Answer answer, String reason) {
    IncidentStore.Stored stored =
        incidents.findForUpdate(id).orElseThrow(() -> notFound("No incident " + id));
    requireOwn(carrier, stored.carrier());
    try {
      if (answer == Answer.ACKNOWLEDGE) {
        stored.incident().acknowledge(clock.instant());
      } else {
        stored.incident().dispute(reason, clock.instant());
      }
    } catch (IllegalArgumentException e) {
      throw new PortalRefusal(PortalRefusal.Reason.BAD_ANSWER, e.getMessage());
    } catch (IllegalStateException e) {
      throw new PortalRefusal(PortalRefusal.Reason.WRONG_STATE, e.getMessage());
    }
    incidents.save(stored);
    return stored;
  }

  /**
   * Refused unless the data belongs to the authenticated carrier (codes compare as MariaDB does).
   */
  public static void requireOwn(CarrierAccount carrier, String owner) {
    if (!carrier.code().equalsIgnoreCase(owner)) {
      throw new PortalRefusal(PortalRefusal.Reason.NOT_YOURS, "This belongs to another carrier.");
    }
  }

  private static PortalRefusal notFound(String detail) {
    return new PortalRefusal(PortalRefusal.Reason.NOT_FOUND, detail);
  }
}
