/** The MariaDB-backed cache of the shops' answers. */
package dev.orderlens.order.infrastructure.cache;
