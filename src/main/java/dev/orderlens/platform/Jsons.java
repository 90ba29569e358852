package dev.orderlens.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider, looked up once. {@code jakarta.json.Json.createReader(…)} and its
 * siblings look the provider up through the service loader on every call, which on an application
 * server scans class loaders each time: measured as the largest single cost of a webhook and of a
 * write-back under load. Use {@code Jsons.JSON.createReader(…)} instead; the provider is
 * thread-safe.
 */
public final class Jsons {

  public static final JsonProvider JSON = JsonProvider.provider();

  private Jsons() {}
}
