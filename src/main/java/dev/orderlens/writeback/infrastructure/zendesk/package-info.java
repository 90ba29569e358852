/**
 * Writing back into Zendesk Support through its Tickets API, authenticated with an agent's e-mail
 * and API token.
 */
package dev.orderlens.writeback.infrastructure.zendesk;
