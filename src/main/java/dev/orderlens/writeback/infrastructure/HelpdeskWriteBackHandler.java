package dev.orderlens.writeback.infrastructure;

import dev.orderlens.platform.JsonCodec;
import dev.orderlens.platform.outbox.DeliveryException;
import dev.orderlens.platform.outbox.OutboxEntry;
import dev.orderlens.platform.outbox.OutboxHandler;
import dev.orderlens.writeback.domain.HelpdeskGateway;
import dev.orderlens.writeback.domain.HelpdeskRateLimitedException;
import dev.orderlens.writeback.domain.HelpdeskRejectedException;
import dev.orderlens.writeback.domain.HelpdeskUnavailableException;
import dev.orderlens.writeback.domain.TicketUpdate;
import dev.orderlens.writeback.domain.WriteBackDecision;
import dev.orderlens.writeback.domain.WriteBackResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Delivers queued write-backs to the helpdesk named by the item's target, exactly once at the
 * helpdesk: an update identical to the last one delivered is not sent again; an item whose earlier
 * attempt may have reached the helpdesk (it failed after sending, or its instance died before the
 * outcome was recorded) first asks the helpdesk whether the ticket already carries this update's
 * note (its reference) and only records it then. It updates the note it wrote before where the
 * helpdesk allows, and turns the helpdesk's answer into the queue's retry decision (429 waits for
 * Retry-After).
 */
@ApplicationScoped
public class HelpdeskWriteBackHandler implements OutboxHandler {
  public static final String KIND = "helpdesk-writeback";

  @Inject HelpdeskGateways gateways;
  @Inject HelpdeskNotes notes;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int defaultWorkers() {
    return 3;
  }

  @Override
  public void deliver(OutboxEntry entry) {
    HelpdeskGateway gateway =
        gateways
            .find(entry.target())
            .orElseThrow(
                () ->
                    DeliveryException.permanent(
                        "No write-back is configured for helpdesk " + entry.target()));
    TicketUpdate planned = JsonCodec.read(entry.payload(), TicketUpdate.class);
    var last = notes.last(entry.target(), planned.ticketId());
    String fingerprint = WriteBackDecision.fingerprint(planned);
    if (last.isPresent() && !WriteBackDecision.needsSending(planned, last.get().fingerprint())) {
      return;
    }
    String existingNote = last.map(HelpdeskNotes.LastWrite::noteId).orElse(null);
    try {
      if (entry.isRetry()
          && gateway.carries(planned.ticketId(), WriteBackDecision.reference(planned))) {
        notes.remember(
            entry.target(),
            planned.ticketId(),
            new HelpdeskNotes.LastWrite(existingNote, fingerprint));
        return;
      }
      TicketUpdate update =
          new TicketUpdate(
              planned.ticketId(),
              planned.tags(),
              planned.noteText(),
              planned.noteHtml(),
              existingNote,
              planned.fields(),
              planned.priority());
      WriteBackResult result = gateway.apply(update);
      notes.remember(
          entry.target(),
          planned.ticketId(),
          new HelpdeskNotes.LastWrite(result == null ? null : result.noteId(), fingerprint));
    } catch (HelpdeskRateLimitedException e) {
      throw DeliveryException.retryable("429 from " + entry.target(), e.retryAfter());
    } catch (HelpdeskUnavailableException e) {
      throw DeliveryException.retryable(e.getMessage(), null);
    } catch (HelpdeskRejectedException e) {
      throw DeliveryException.permanent(e.getMessage());
    }
  }
}
