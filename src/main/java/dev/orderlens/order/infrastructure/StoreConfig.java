package dev.orderlens.order.infrastructure;

import java.net.URI;

/**
 * One store the admin configured: its name, platform type, base URL and credential (from the
 * environment only).
 */
public record StoreConfig(String name, String type, URI baseUrl, String token) {
  @Override
  public String toString() {
    return "StoreConfig[" + name + ", " + type + ", " + baseUrl + "]";
  }
}
