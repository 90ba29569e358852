package dev.orderlens.ticket.domain;

/** Who opened the ticket, as the helpdesk knows them; any part may be missing. */
public record Requester(String email, String name, String phone) {
  public static final Requester UNKNOWN = new Requester(null, null, null);
}
