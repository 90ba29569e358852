/**
 * Writing back into Zammad through its REST API, authenticated with a personal access token ({@code
 * Authorization: Token token=…}).
 */
package dev.orderlens.writeback.infrastructure.zammad;
