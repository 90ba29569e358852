/** Customer policies built from MicroProfile Config. */
package dev.orderlens.customer.infrastructure;
