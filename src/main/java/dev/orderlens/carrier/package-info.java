/** Carrier: courier complaints, carrier scorecards and feedback reports to carriers. */
package dev.orderlens.carrier;
