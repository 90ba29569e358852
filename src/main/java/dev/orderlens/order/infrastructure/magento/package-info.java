/**
 * Magento 2 adapter: orders and their shipments from the Magento REST API, read with an
 * integration's bearer token.
 */
package dev.orderlens.order.infrastructure.magento;
