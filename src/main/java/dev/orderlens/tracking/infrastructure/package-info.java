/**
 * Tracking adapters, one sub-package per vendor, plus what they share: REST clients built alike
 * ({@link dev.orderlens.tracking.infrastructure.ProviderClients}), vendor errors as typed
 * exceptions, lenient JSON reading and push signatures; {@code storage} keeps the followed
 * shipments in MariaDB.
 *
 * <p>Each vendor is a {@link dev.orderlens.tracking.domain.TrackingSource} only when its key is
 * set, and accepts pushes only when its push secret is set. Keys and secrets come from the
 * environment only; URLs and versions have the vendors' real defaults:
 *
 * <ul>
 *   <li>AfterShip: {@code ORDERLENS_TRACKING_AFTERSHIP_KEY}, {@code
 *       ORDERLENS_TRACKING_AFTERSHIP_WEBHOOK_SECRET}; {@code tracking.aftership.url} ({@code
 *       https://api.aftership.com}), {@code tracking.aftership.api-version} ({@code 2026-07}).
 *   <li>17TRACK: {@code ORDERLENS_TRACKING_17TRACK_KEY} (API token and webhook signing key); {@code
 *       tracking.17track.url} ({@code https://api.17track.net}), {@code
 *       tracking.17track.api-version} ({@code v2.2}).
 *   <li>DHL: {@code ORDERLENS_TRACKING_DHL_KEY}, {@code ORDERLENS_TRACKING_DHL_PUSH_TOKEN}; {@code
 *       tracking.dhl.url} ({@code https://api-eu.dhl.com}), {@code tracking.dhl.push-header}
 *       ({@code X-Orderlens-Dhl-Token}).
 * </ul>
 */
package dev.orderlens.tracking.infrastructure;
