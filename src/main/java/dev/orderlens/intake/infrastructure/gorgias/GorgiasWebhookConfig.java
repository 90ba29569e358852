package dev.orderlens.intake.infrastructure.gorgias;

import dev.orderlens.intake.infrastructure.SharedSecret;

/**
 * What the Gorgias dialect needs to know.
 *
 * @param secret the header (or Basic credentials) the HTTP integration sends; Gorgias signs nothing
 * @param apiUserEmail the e-mail of the user Orderlens writes back as: internal notes sent by this
 *     user are Orderlens' own; may be blank
 */
public record GorgiasWebhookConfig(SharedSecret secret, String apiUserEmail) {}
