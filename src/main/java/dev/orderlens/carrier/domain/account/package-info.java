/**
 * Carriers as accounts: who they are, where their reports go, and how they prove who they are on
 * the pull API. Secrets are never stored in clear.
 */
package dev.orderlens.carrier.domain.account;
