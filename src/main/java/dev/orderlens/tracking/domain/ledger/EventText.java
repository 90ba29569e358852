package dev.orderlens.tracking.domain.ledger;

import java.util.regex.Pattern;

/**
 * A scan's description as it may be stored: carriers write who signed for or took in a parcel
 * ("Delivered, signed by M. ROSSI", "Zugestellt an Nachbar Herr Müller"), and a name has no place
 * in the scoring data. Everything after such a phrase is replaced with {@code [name]}.
 */
public final class EventText {

  private static final Pattern RECEIVER =
      Pattern.compile(
          "(?iu)\\b(signed by|signed for by|received by|left with|delivered to neighbou?r|"
              + "firmato da|ritirato da|consegnato a|unterschrieben von|empfangen von|"
              + "zugestellt an nachbar|nachbar|signé par|reçu par|remis à|firmado por|"
              + "recibido por|entregado a|получил|подписал|átvette|aláírta)\\b\\s*:?.*$");

  private EventText() {}

  /** The description without the receiver's name; null stays null. */
  public static String withoutReceiver(String description) {
    if (description == null) {
      return null;
    }
    return RECEIVER.matcher(description).replaceFirst("$1 [name]");
  }
}
