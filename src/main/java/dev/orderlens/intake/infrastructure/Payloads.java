package dev.orderlens.intake.infrastructure;

import dev.orderlens.intake.domain.HelpdeskDialect.InvalidPayloadException;
import dev.orderlens.platform.RequestBodies;
import dev.orderlens.platform.security.Hmac;
import dev.orderlens.ticket.domain.Ticket;
import jakarta.json.JsonObject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Reading helpers the dialects share: the body as a JSON object, a stable digest for helpdesks that
 * send no delivery id (so a retry of the same payload dedupes), and lenient timestamps.
 */
public final class Payloads {

  private Payloads() {}

  public static JsonObject json(byte[] body) {
    return RequestBodies.jsonObject(body, InvalidPayloadException::new);
  }

  /** A non-blank id that fits where it is stored, or the 400 that says what is wrong with it. */
  public static String requireId(String id, String field) {
    if (id == null || id.isBlank() || id.contains("{{")) {
      throw new InvalidPayloadException("The field " + field + " is required.");
    }
    if (id.strip().length() > Ticket.MAX_ID_LENGTH) {
      throw new InvalidPayloadException(
          "The field " + field + " is longer than " + Ticket.MAX_ID_LENGTH + " characters.");
    }
    return id.strip();
  }

  /** Hex SHA-256 over the parts, each terminated so that ("ab","c") differs from ("a","bc"). */
  public static String digest(String helpdesk, byte[] body, String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        sha.update(Hmac.utf8(String.valueOf(part)));
        sha.update((byte) 0);
      }
      sha.update(body);
      return helpdesk + "-" + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** A template placeholder the helpdesk left empty or unexpanded reads as absent. */
  public static String value(String s) {
    return s == null || s.isBlank() || s.contains("{{") ? null : s.strip();
  }

  /** Tags a template renders as one space- or comma-separated text. */
  public static List<String> words(String s) {
    String v = value(s);
    return v == null
        ? List.of()
        : Arrays.stream(v.split("[\\s,]+")).filter(t -> !t.isEmpty()).toList();
  }
}
