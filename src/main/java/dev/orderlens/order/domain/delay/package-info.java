/**
 * Why an order is late: one root cause, the evidence for it and a sentence the agent can send, so
 * the agent answers "where is my order?" without opening the shop, the supplier and the carrier.
 */
package dev.orderlens.order.domain.delay;
