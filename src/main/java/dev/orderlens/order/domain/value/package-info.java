/**
 * What a customer is worth to the shop, from their orders (lifetime spend, order count, refunds,
 * disputes) and the value tier that follows, and how tier and waiting raise a ticket's priority: so
 * the agent treats a loyal customer who has waited two days accordingly.
 */
package dev.orderlens.order.domain.value;
