/** Privacy: who is writing and what an agent may disclose to them. */
package dev.orderlens.privacy;
