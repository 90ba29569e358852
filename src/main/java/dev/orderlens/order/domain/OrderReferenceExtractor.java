package dev.orderlens.order.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the order numbers a customer wrote in a ticket, in English, Italian, Russian, Hungarian,
 * German, French and Spanish: "#1001", "order 1001", "ordine n. 1001", "заказ №1001", "rendelés
 * 1001", "1001-es rendelés", "Bestellung Nr. 1001", "commande n° 1001", "pedido 1001". A bare
 * number without an order word or '#' is not taken: it may be a phone number, a postcode or a
 * price.
 */
public final class OrderReferenceExtractor {

  /** Order words in the seven languages, as they appear before the number (any inflection). */
  private static final String ORDER_WORDS =
      "order|ordine|ordinazione|заказ[а-я]*|(?:meg)?rendel[eé]s[a-záéíóöőúüű]*|bestellung|bestellnummer"
          + "|auftrag|commande|pedido|encargo|orden|número de pedido|n[úu]mero de pedido";

  /**
   * Number marks between the word and the number: "n.", "nr.", "no.", "n°", "№", "#", ":". A
   * lettered mark stands apart from what follows (a dot, a space, a sign or a plain number), so the
   * "N" of a code such as "NPM95MPRPBUJQSYG" stays part of the code.
   */
  private static final String MARKS =
      "(?:\\s*(?:(?:number|numero|numéro|número|nummer|номер|n|nr|no|num)"
          + "(?:\\.|(?![\\p{L}\\p{N}])|(?=\\d{3,12}(?:-\\d{1,6})?\\b))"
          + "|nº|n°|№|#|:|-)\\s*)*";

  /**
   * A number with an optional short prefix ("1001", "EU-1001", "100234-2"), or an alphanumeric
   * order code with at least one digit as platforms such as Vendure issue ("W9ZJ9P6WRP2M9J1T").
   */
  private static final String NUMBER =
      "([A-Za-z]{0,4}-?\\d{3,12}(?:-\\d{1,6})?|(?=[A-Za-z]*\\d)[A-Za-z0-9]{8,20})";

  private static final Pattern WORD_THEN_NUMBER =
      Pattern.compile(
          "(?iu)(?:\\b|(?<=\\s))(?:" + ORDER_WORDS + ")\\b" + MARKS + "\\s*" + NUMBER + "\\b");

  /**
   * Hungarian puts the number first: "a 1001-es rendelésem", "1001 számú rendelés", "a G123456
   * rendelés miatt", "a 4431-es megrendeles" (accents or not).
   */
  private static final Pattern NUMBER_THEN_HUNGARIAN_WORD =
      Pattern.compile(
          "(?iu)\\b([A-Za-z]{0,4}-?\\d{3,12}(?:-\\d{1,6})?)(?:-[a-záéíóöőúüű]{1,3})?\\s+"
              + "(?:sz[aá]m[uú]\\s+)?(?:meg)?rendel[eé]s");

  private static final Pattern HASH_NUMBER =
      Pattern.compile("(?u)(?:^|[\\s(\\[])[#№]\\s?(\\d{3,12})\\b");

  private OrderReferenceExtractor() {}

  public static List<OrderNumber> extract(String... texts) {
    Set<String> found = new LinkedHashSet<>();
    for (String text : texts) {
      if (text == null || text.isBlank()) {
        continue;
      }
      collect(WORD_THEN_NUMBER.matcher(text), found);
      collect(NUMBER_THEN_HUNGARIAN_WORD.matcher(text), found);
      collect(HASH_NUMBER.matcher(text), found);
    }
    return found.stream().map(OrderNumber::of).toList();
  }

  private static void collect(Matcher matcher, Set<String> found) {
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
  }
}
