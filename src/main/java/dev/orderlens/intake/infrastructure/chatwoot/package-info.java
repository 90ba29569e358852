/**
 * Chatwoot calling us: account webhooks for conversation and message events, signed since Chatwoot
 * 4.11. See {@code docs/helpdesks/chatwoot.md}.
 */
package dev.orderlens.intake.infrastructure.chatwoot;
