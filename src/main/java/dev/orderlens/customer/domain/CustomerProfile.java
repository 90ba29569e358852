package dev.orderlens.customer.domain;

import java.math.BigDecimal;

/**
 * What the shop's history says about the customer: lifetime spend in the store currency, order
 * count, refunds and disputes, and the value tier that follows from them.
 */
public record CustomerProfile(
    String tier,
    BigDecimal lifetimeSpend,
    String currency,
    int orderCount,
    int refundCount,
    int disputeCount) {}
