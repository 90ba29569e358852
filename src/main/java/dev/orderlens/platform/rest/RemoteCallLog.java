package dev.orderlens.platform.rest;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this instance last heard from each shop, tracking provider and helpdesk: the last answer
 * that was a success, the last that was not and why (its status), and the circuit breaker as the
 * last call found it: {@code open} when the breaker refused the call, {@code closed} when the call
 * went out. Kept in memory, reset by a restart; the admin's overview shows it beside the durable
 * figures.
 */
public final class RemoteCallLog {

  /** One remote's last success and last failure. */
  public record Remote(
      String kind,
      String remote,
      Instant lastSuccess,
      Instant lastFailure,
      String reason,
      String breaker) {}

  static final String BREAKER_OPEN = "circuit breaker open";
  static final String TIMEOUT = "timeout";
  static final String NO_CONNECTION = "no connection";

  private record Key(String kind, String remote) {}

  private static final Map<Key, Remote> REMOTES = new ConcurrentHashMap<>();

  private RemoteCallLog() {}

  static void answered(String kind, String remote, int status, Instant at) {
    record(
        kind,
        remote,
        // A 404 is an answer ("no such order or parcel"), not a failure of the remote.
        status < 400 || status == 404
            ? new Remote(kind, remote, at, null, null, "closed")
            : new Remote(kind, remote, null, at, "HTTP " + status, "closed"));
  }

  /**
   * A call that failed in a way the answer filter cannot see, or with a less telling error than the
   * status: a timeout, no connection, an open breaker, an answer that could not be read.
   */
  public static void failed(String kind, String remote, Throwable failure, Instant at) {
    String reason = reason(failure);
    Remote before = REMOTES.get(new Key(kind, remote));
    if (answeredAlready(reason) && before != null && lastAnswerWasAnError(before)) {
      return; // the answer filter already recorded it, with its status, which says more
    }
    record(
        kind,
        remote,
        new Remote(
            kind, remote, null, at, reason, BREAKER_OPEN.equals(reason) ? "open" : "closed"));
  }

  /** A failure that came with an answer (an error status, an unreadable body), not without one. */
  private static boolean answeredAlready(String reason) {
    return !BREAKER_OPEN.equals(reason) && !TIMEOUT.equals(reason) && !NO_CONNECTION.equals(reason);
  }

  private static boolean lastAnswerWasAnError(Remote remote) {
    return remote.lastFailure() != null
        && remote.reason() != null
        && remote.reason().startsWith("HTTP ")
        && (remote.lastSuccess() == null || !remote.lastFailure().isBefore(remote.lastSuccess()));
  }

  /**
   * Why, in words an admin reads: the kind of failure (an open circuit breaker, a timeout, no
   * connection), never the message, which may carry a URL with a token.
   */
  static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String kind = e.getClass().getSimpleName() + "/" + root.getClass().getSimpleName();
    if (kind.contains("CircuitBreakerOpen")) {
      return BREAKER_OPEN;
    }
    if (kind.contains("Timeout")) {
      return TIMEOUT;
    }
    if (kind.contains("Connect") || kind.contains("UnknownHost") || kind.contains("Processing")) {
      return NO_CONNECTION;
    }
    return root.getClass().getSimpleName();
  }

  private static void record(String kind, String remote, Remote latest) {
    REMOTES.merge(
        new Key(kind, remote),
        latest,
        (old, now) ->
            new Remote(
                kind,
                remote,
                now.lastSuccess() != null ? now.lastSuccess() : old.lastSuccess(),
                now.lastFailure() != null ? now.lastFailure() : old.lastFailure(),
                now.lastFailure() != null ? now.reason() : old.reason(),
                now.breaker()));
  }

  /** Every remote called since this instance started, by kind and name. */
  public static List<Remote> remotes() {
    return REMOTES.values().stream()
        .sorted(Comparator.comparing(Remote::kind).thenComparing(Remote::remote))
        .toList();
  }
}
