/**
 * Write-back adapters, one sub-package per helpdesk, each implementing {@link
 * dev.orderlens.writeback.domain.HelpdeskGateway} over the helpdesk's REST API. The classes here
 * are what they share: client construction, Retry-After and error classification.
 */
package dev.orderlens.writeback.infrastructure;
