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
 * Delivers queued write-backs to the helpdesk named by the row's target. It updates the note it
 * wrote before when there is one, skips an update identical to the last one delivered, and turns
 * the helpdesk's answer into the outbox's retry decision (429 waits for Retry-After).
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
    TicketUpdate update =
        new TicketUpdate(
            planned.ticketId(),
            planned.tags(),
            planned.noteText(),
            planned.noteHtml(),
            last.map(HelpdeskNotes.LastWrite::noteId).orElse(null),
            planned.fields(),
            planned.priority());
    WriteBackResult result;
    try {
      result = gateway.apply(update);
    } catch (HelpdeskRateLimitedException e) {
      throw DeliveryException.retryable("429 from " + entry.target(), e.retryAfter());
    } catch (HelpdeskUnavailableException e) {
      throw DeliveryException.retryable(e.getMessage(), null);
    } catch (HelpdeskRejectedException e) {
      throw DeliveryException.permanent(e.getMessage());
    }
    notes.remember(
        entry.target(),
        planned.ticketId(),
        new HelpdeskNotes.LastWrite(result == null ? null : result.noteId(), fingerprint));
  }
}
