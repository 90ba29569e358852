/** What is written back into a ticket, and the port every helpdesk's API is adapted to. */
package dev.orderlens.writeback.domain;
