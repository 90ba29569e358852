/**
 * The shared kernel: the ticket a helpdesk sent (its requester and text) and the marker Orderlens
 * puts on its own notes. Every feature may read it; it depends on no feature.
 */
package dev.orderlens.ticket;
