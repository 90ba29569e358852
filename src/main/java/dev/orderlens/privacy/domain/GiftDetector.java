package dev.orderlens.privacy.domain;

import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.Party;
import dev.orderlens.understanding.domain.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tells whether an order is a gift, from every hint a shop leaves: the platform's flag, a gift
 * message, a gift-wrap line, gift words (en it ru hu de fr es) in the note or attributes, and a
 * recipient other than the buyer at a home address. Platforms set the flag inconsistently, so one
 * hint is enough; the reasons let the agent judge.
 */
public final class GiftDetector {

  /**
   * Word beginnings meaning "gift" in the supported languages, accents removed. "regalo"/"regali",
   * not "regal", which is a German shelf.
   */
  static final List<String> GIFT_STEMS =
      List.of("gift", "regalo", "regali", "obsequi", "подар", "ajandek", "cadeau");

  /** Gift words that end compounds ("Geburtstagsgeschenk", "szülinapiajándék"). */
  static final List<String> GIFT_COMPOUNDS = List.of("geschenk", "ajandek");

  /** Word beginnings meaning "wrapping", for gift-wrap lines named without a gift word. */
  static final List<String> WRAP_STEMS =
      List.of(
          "giftwrap", "wrapping", "confezion", "упаковк", "csomagol", "emballage", "envoltorio");

  /** Tokens that mark a company in an address line ("Acme GmbH", "Rossi S.r.l.", "ООО Ромашка"). */
  static final Set<String> COMPANY_MARKERS =
      Set.of(
          "gmbh", "ag", "kg", "ug", "ltd", "llc", "inc", "plc", "corp", "company", "srl", "spa",
          "snc", "sas", "sarl", "sa", "sl", "slu", "kft", "zrt", "nyrt", "bt", "ооо", "зао", "оао",
          "пао", "ип");

  public GiftAssessment assess(Order order) {
    List<GiftReason> reasons = new ArrayList<>();
    if (order.gift()) {
      reasons.add(GiftReason.PLATFORM_GIFT_FLAG);
    }
    if (order.giftMessage() != null && !order.giftMessage().isBlank()) {
      reasons.add(GiftReason.GIFT_MESSAGE);
    }
    if (order.lines().stream().anyMatch(GiftDetector::isGiftLine)) {
      reasons.add(GiftReason.GIFT_WRAP_LINE);
    }
    if (mentionsGift(order.note())) {
      reasons.add(GiftReason.GIFT_WORDS_IN_NOTE);
    }
    if (order.attributes().entrySet().stream()
        .anyMatch(e -> mentionsGift(e.getKey()) || mentionsGift(e.getValue()))) {
      reasons.add(GiftReason.GIFT_WORDS_IN_ATTRIBUTES);
    }
    if (differentPersonAtPersonalAddress(order)) {
      reasons.add(GiftReason.DIFFERENT_RECIPIENT_AT_PERSONAL_ADDRESS);
    }
    return new GiftAssessment(reasons);
  }

  private static boolean isGiftLine(OrderLine line) {
    return Stream.of(line.sku(), line.name())
        .flatMap(text -> TextNormalizer.tokens(text).stream())
        .anyMatch(token -> isGiftWord(token) || WRAP_STEMS.stream().anyMatch(token::startsWith));
  }

  static boolean mentionsGift(String text) {
    return TextNormalizer.tokens(text).stream().anyMatch(GiftDetector::isGiftWord);
  }

  private static boolean isGiftWord(String token) {
    return GIFT_STEMS.stream().anyMatch(token::startsWith)
        || GIFT_COMPOUNDS.stream().anyMatch(token::contains);
  }

  private static boolean differentPersonAtPersonalAddress(Order order) {
    Party buyer = order.buyer();
    Party recipient = order.recipient().person();
    Address address = order.recipient().address();
    if (buyer.name() == null || recipient == null || recipient.name() == null || address == null) {
      return false;
    }
    boolean samePerson =
        TextNormalizer.normalize(buyer.name()).equals(TextNormalizer.normalize(recipient.name()))
            || ContactRoleResolver.sameEmail(buyer.email(), recipient.email());
    return !samePerson && !isCompanyAddress(address);
  }

  static boolean isCompanyAddress(Address address) {
    return Stream.of(address.line1(), address.line2())
        .filter(line -> line != null)
        .map(line -> line.replace(".", ""))
        .flatMap(line -> TextNormalizer.tokens(line).stream())
        .anyMatch(COMPANY_MARKERS::contains);
  }
}
