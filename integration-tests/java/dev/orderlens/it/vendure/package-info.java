/**
 * A real Vendure 3.7.3 shop for integration tests: {@link dev.orderlens.it.vendure.LiveVendure}
 * installs, populates and starts {@code integration-tests/vendure} once per JVM and places the
 * orders the tests read.
 */
package dev.orderlens.it.vendure;
