/**
 * Gorgias calling us: an HTTP integration with a templated JSON body and a shared secret header.
 * See {@code docs/helpdesks/gorgias.md}.
 */
package dev.orderlens.intake.infrastructure.gorgias;
