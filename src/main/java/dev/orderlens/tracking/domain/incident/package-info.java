/**
 * Why a delivery went wrong and whose doing it was. The reasons follow Karrio's incident split
 * ({@code carrier_*}, {@code retailer_*}, {@code consignee_*}, {@code customs_*}, weather / force
 * majeure) because it decides whether a problem counts against the carrier.
 */
package dev.orderlens.tracking.domain.incident;
