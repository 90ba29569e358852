/**
 * Cross-cutting code only: the JAX-RS application, problem+json mappers, the clock, the data source
 * and its migrations, security and log redaction.
 */
package dev.orderlens.platform;
