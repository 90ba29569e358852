package dev.orderlens.writeback.domain;

/** The helpdesk could not take the update now (5xx, timeout, connection refused): retry later. */
public class HelpdeskUnavailableException extends RuntimeException {
  public HelpdeskUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public HelpdeskUnavailableException(String message) {
    super(message);
  }
}
