package dev.orderlens.writeback.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * Whether an update needs sending: the same update as the one last delivered to the ticket is not
 * sent again. That keeps re-enrichments from piling up identical notes and breaks the loop where
 * Orderlens' own write-back makes the helpdesk call Orderlens again.
 */
public final class WriteBackDecision {
  private WriteBackDecision() {}

  /** A stable digest of what the update would change in the ticket (not its note id). */
  public static String fingerprint(TicketUpdate update) {
    String canonical =
        String.join(
            "\u0000",
            update.ticketId(),
            String.join(",", update.tags()),
            String.valueOf(update.noteHtml()),
            new TreeMap<>(update.fields()).toString(),
            String.valueOf(update.priority()));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * The update's reference, written into its note: the first 16 hex digits of its fingerprint,
   * enough to tell one of Orderlens' updates of a ticket from another.
   */
  public static String reference(TicketUpdate update) {
    return fingerprint(update).substring(0, 16);
  }

  public static boolean needsSending(TicketUpdate update, String lastDeliveredFingerprint) {
    return !fingerprint(update).equals(lastDeliveredFingerprint);
  }
}
