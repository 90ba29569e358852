package dev.orderlens.tracking.domain.detection;

import java.util.List;
import java.util.Locale;

/**
 * Words customers write around numbers in tickets (EN IT RU HU DE FR ES). They decide whether a
 * number that merely looks like a tracking number counts, or is a phone or order number.
 */
final class TicketVocabulary {

  static final List<String> TRACKING =
      List.of(
          "tracking",
          "track",
          "parcel number",
          "shipment number",
          "consignment",
          "waybill",
          "spedizione",
          "tracciamento",
          "codice di invio",
          "lettera di vettura",
          "трек",
          "отслеживани",
          "отправлени",
          "посылк",
          "накладн",
          "csomagszám",
          "csomagszam",
          "nyomkövet",
          "nyomon követ",
          "küldeményazonosító",
          "fuvarlevél",
          "sendungsnummer",
          "paketnummer",
          "sendungsverfolgung",
          "trackingnummer",
          "numéro de suivi",
          "numero de suivi",
          "suivi",
          "colis",
          "número de seguimiento",
          "numero de seguimiento",
          "seguimiento",
          "número de envío",
          "localizador");

  static final List<String> PHONE =
      List.of(
          "phone",
          "tel.",
          "tel:",
          "tel ",
          "mobile",
          "cell",
          "whatsapp",
          "telefono",
          "cellulare",
          "телефон",
          "тел.",
          "тел:",
          "telefonszám",
          "telefon",
          "handy",
          "téléphone",
          "portable",
          "teléfono",
          "móvil",
          "movil",
          "fax");

  static final List<String> ORDER =
      List.of(
          "order",
          "ordine",
          "заказ",
          "rendelés",
          "rendeles",
          "bestellung",
          "auftrag",
          "commande",
          "pedido",
          "invoice",
          "fattura",
          "счет",
          "számla",
          "rechnung",
          "facture",
          "factura");

  private TicketVocabulary() {}

  /** The lower-case words just before {@code index}, where a label for the number would stand. */
  static String before(String text, int index, int width) {
    return text.substring(Math.max(0, index - width), index).toLowerCase(Locale.ROOT);
  }

  static boolean mentionsAny(String context, List<String> words) {
    return words.stream().anyMatch(context::contains);
  }

  /** Where the last of {@code words} occurs in {@code context}, or -1. */
  static int lastMention(String context, List<String> words) {
    return words.stream().mapToInt(context::lastIndexOf).max().orElse(-1);
  }
}
