/**
 * The stored shipments carrier scoring counts: what each followed parcel did (left, first attempt,
 * delivery, transit working days) with only postcode prefixes, and the service that merges a
 * ticket's sighting and a provider's pushes into one record.
 */
package dev.orderlens.tracking.domain.ledger;
