/**
 * In-stock alternatives for an ordered item that is out of stock: the {@link
 * dev.orderlens.order.domain.catalog.CatalogSource} port to a store's catalogue and the pure policy
 * that picks what an agent may offer instead.
 */
package dev.orderlens.order.domain.catalog;
