/**
 * Whether an order can still be cancelled, why not, and where on the shop's platform to do it: the
 * agent gets a yes or no it can act on instead of discovering it in the shop's admin.
 */
package dev.orderlens.order.domain.cancel;
