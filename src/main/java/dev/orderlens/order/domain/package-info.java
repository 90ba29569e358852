/**
 * What the shop knows about an order, in one vendor-neutral shape, and the {@link
 * dev.orderlens.order.domain.OrderSource} port every shop platform is adapted to.
 */
package dev.orderlens.order.domain;
