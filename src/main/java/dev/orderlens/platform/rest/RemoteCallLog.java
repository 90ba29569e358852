package dev.orderlens.platform.rest;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this instance last heard from each shop, tracking provider and helpdesk: the last answer
 * that was a success, the last that was not and why (its status). Kept in memory, reset by a
 * restart; the admin's overview shows it beside the durable figures.
 */
public final class RemoteCallLog {

  /** One remote's last success and last failure. */
  public record Remote(
      String kind, String remote, Instant lastSuccess, Instant lastFailure, String reason) {}

  private record Key(String kind, String remote) {}

  private static final Map<Key, Remote> REMOTES = new ConcurrentHashMap<>();

  private RemoteCallLog() {}

  static void answered(String kind, String remote, int status, Instant at) {
    record(
        kind,
        remote,
        // A 404 is an answer ("no such order or parcel"), not a failure of the remote.
        status < 400 || status == 404
            ? new Remote(kind, remote, at, null, null)
            : new Remote(kind, remote, null, at, "HTTP " + status));
  }

  /** A call that got no answer a filter could see: a timeout, no connection, an open breaker. */
  public static void failed(String kind, String remote, String reason, Instant at) {
    record(kind, remote, new Remote(kind, remote, null, at, reason));
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
                now.lastFailure() != null ? now.reason() : old.reason()));
  }

  /** Every remote called since this instance started, by kind and name. */
  public static List<Remote> remotes() {
    return REMOTES.values().stream()
        .sorted(Comparator.comparing(Remote::kind).thenComparing(Remote::remote))
        .toList();
  }
}
