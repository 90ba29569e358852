/**
 * Logging that keeps customers' personal data out of log files: {@link
 * dev.orderlens.platform.logging.Redactor} masks e-mail addresses, phone numbers and street
 * addresses, and {@link dev.orderlens.platform.logging.RedactingFormatter} applies it to every
 * java.util.logging record at INFO and above. Tickets are full of such data, and logs are kept
 * longer and read by more people than tickets.
 */
package dev.orderlens.platform.logging;
