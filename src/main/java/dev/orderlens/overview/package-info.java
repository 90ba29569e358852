/**
 * The admin's overview: connections to helpdesks, shops and tracking providers, the flow of events
 * and queued work, and what Orderlens learned from the tickets, as one page ({@code
 * /admin/overview.html}) over one JSON resource.
 */
package dev.orderlens.overview;
