package dev.orderlens.tracking.infrastructure.dhl;

import dev.orderlens.tracking.domain.incident.SubStatus;
import dev.orderlens.tracking.domain.incident.SubStatuses;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * DHL Unified statusCode ({@code pre-transit}, {@code transit}, {@code delivered}, {@code failure},
 * {@code unknown}) plus the status text (English or German, as DHL Paket writes it) → normalised
 * status and sub-status. Text rules are checked in order; the first match wins.
 */
public final class DhlStatusMapping {

  private static final Map<Pattern, String> TEXT_RULES = new LinkedHashMap<>();

  static {
    rule("damaged|beschädigt|beschaedigt", "Exception_012");
    rule("\\blost\\b|verloren|nicht auffindbar", "Exception_013");
    rule(
        "being returned|returning to|wird (an den absender )?zurückgesendet|rücksendung eingeleitet|"
            + "rückläufer",
        "Exception_010");
    rule(
        "returned to (the )?sender|zurückgesendet|an den absender zurück|rücksendung erfolgt",
        "Exception_011");
    rule("refused|verweigert", "Exception_003");
    rule(
        "address (is )?(incorrect|insufficient|unknown)|adresse (ist )?(fehlerhaft|unvollständig)|"
            + "empfänger unbekannt|unzureichende adress",
        "Exception_007");
    rule("customs|zoll", "Exception_004");
    rule("weather|unwetter|witterung|storm|flood|natural disaster|höhere gewalt", "Exception_005");
    rule("neighbou?r|nachbar", "Delivered_005");
    rule(
        "not (at )?home|not available|could not be delivered|nicht angetroffen|"
            + "nicht zugestellt werden|kein empfänger|zustellversuch",
        "AttemptFail_002");
    rule("business closed|geschlossen", "AttemptFail_003");
    rule(
        "out for delivery|with courier|in zustellung|zustellfahrzeug|wird zugestellt",
        "OutForDelivery_001");
    rule(
        "packstation|post office|postfiliale|filiale|paketshop|ready for (pick ?up|collection)|"
            + "abholbereit|zur abholung",
        "AvailableForPickup_001");
  }

  private DhlStatusMapping() {}

  private static void rule(String regex, String subStatus) {
    TEXT_RULES.put(
        Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), subStatus);
  }

  public static SubStatus map(String statusCode, String status, String description) {
    String code = statusCode == null ? "unknown" : statusCode.toLowerCase(Locale.ROOT);
    String text =
        ((status == null ? "" : status) + " " + (description == null ? "" : description)).trim();
    String byText = byText(code, text);
    String subStatus =
        byText != null
            ? byText
            : switch (code) {
              case "pre-transit" -> "InfoReceived_001";
              case "transit" -> "InTransit_001";
              case "delivered" -> "Delivered_001";
              case "failure" -> "Exception_001";
              default -> null;
            };
    return subStatus == null
        ? new SubStatus("Unknown", null, text, null)
        : SubStatuses.of(subStatus).orElseThrow();
  }

  /** A text rule that fits the status code (a "delivered" event is never turned into a failure). */
  private static String byText(String code, String text) {
    for (Map.Entry<Pattern, String> rule : TEXT_RULES.entrySet()) {
      if (rule.getKey().matcher(text).find() && fits(code, rule.getValue())) {
        return rule.getValue();
      }
    }
    return null;
  }

  private static boolean fits(String code, String subStatus) {
    return switch (code) {
      case "delivered" -> subStatus.startsWith("Delivered");
      case "pre-transit" -> false;
      default -> !subStatus.startsWith("Delivered");
    };
  }
}
