/** Customer: the customer's value to the shop and how to handle their ticket. */
package dev.orderlens.customer;
