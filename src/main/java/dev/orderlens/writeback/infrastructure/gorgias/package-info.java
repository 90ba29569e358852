/**
 * Writing back into Gorgias through its REST API, authenticated with HTTP Basic (user e-mail and
 * API key).
 */
package dev.orderlens.writeback.infrastructure.gorgias;
