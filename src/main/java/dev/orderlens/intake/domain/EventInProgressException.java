package dev.orderlens.intake.domain;

/** The same event is recorded but its enrichment is not there yet. */
public class EventInProgressException extends RuntimeException {
  public EventInProgressException(String eventId) {
    super("Event " + eventId + " is recorded but not yet enriched");
  }
}
