/**
 * Vendure adapter: reads a Vendure shop's orders through its Admin GraphQL API, logged in as an
 * administrator, and translates them, with the Orderlens custom fields (gift, promised delivery,
 * drop-ship supplier) that docs/stores/vendure.md asks shop owners to define.
 */
package dev.orderlens.order.infrastructure.vendure;
