/**
 * The customer's value to the shop ({@link dev.orderlens.customer.domain.CustomerValuation}) and
 * how to handle their ticket ({@link dev.orderlens.customer.domain.HandlingPolicy}): priority,
 * goodwill and the tags that tell agents to stick to the standard process. Thresholds and the
 * goodwill table are configuration, passed in as value objects.
 */
package dev.orderlens.customer.domain;
