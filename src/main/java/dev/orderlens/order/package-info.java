/** Order: finding the customer's order in the shop and explaining it. */
package dev.orderlens.order;
