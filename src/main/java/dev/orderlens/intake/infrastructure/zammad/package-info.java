/**
 * Zammad calling us: a trigger's webhook with Zammad's default payload, signed with the webhook's
 * HMAC token. See {@code docs/helpdesks/zammad.md}.
 */
package dev.orderlens.intake.infrastructure.zammad;
