/** CDI wiring of the privacy policies. */
package dev.orderlens.privacy.infrastructure;
