/**
 * Zendesk calling us: a trigger-connected webhook with a JSON body template, signed with the
 * webhook's secret. See {@code docs/helpdesks/zendesk.md} for the setup and the template.
 */
package dev.orderlens.intake.infrastructure.zendesk;
