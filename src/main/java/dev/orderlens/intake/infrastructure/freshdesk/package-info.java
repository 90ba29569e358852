/**
 * Freshdesk calling us: an automation rule's "Trigger webhook" action with a JSON body template and
 * a shared secret. See {@code docs/helpdesks/freshdesk.md}.
 */
package dev.orderlens.intake.infrastructure.freshdesk;
