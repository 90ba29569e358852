/** Writing back into Freshdesk through its v2 REST API, authenticated with an agent's API key. */
package dev.orderlens.writeback.infrastructure.freshdesk;
