/**
 * Writing back into Chatwoot through its application API, authenticated with an {@code
 * api_access_token} header.
 */
package dev.orderlens.writeback.infrastructure.chatwoot;
