package dev.orderlens.carrier.domain;

import dev.orderlens.tracking.domain.Blame;

/** A complaint about a courier read from a ticket, with whose fault it most likely is. */
public record CourierComplaint(
    ComplaintCategory category, double confidence, String carrier, Blame blame) {}
