/**
 * WooCommerce adapter: orders (and catalogue alternatives) from the WooCommerce REST API v3, with
 * plugin meta for gifts, tracking and drop-ship suppliers.
 */
package dev.orderlens.order.infrastructure.woocommerce;
