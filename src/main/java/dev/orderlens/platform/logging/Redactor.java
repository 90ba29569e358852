package dev.orderlens.platform.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in free text before it reaches a log: e-mail addresses, phone numbers and
 * street addresses in the seven languages Orderlens serves. It is a heuristic that prefers hiding
 * too much: a log line with a masked house number is still useful, a leaked address is not.
 *
 * <p>A phone number is a run of 9 to 15 digits that starts with {@code +}, {@code 00}, a national
 * {@code 0} or {@code 8}, or is written in groups ("333 123 4567", "(555) 123-4567"); long plain
 * IDs (Shopify's 13-digit order ids, 20-digit parcel numbers) are left alone. A street address is a
 * street word ("Via", "Straße", "utca", "rue", "улица" …) next to a house number.
 */
public final class Redactor {

  public static final String EMAIL = "[email]";
  public static final String PHONE = "[phone]";
  public static final String ADDRESS = "[address]";

  private static final Pattern EMAIL_PATTERN =
      Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

  /** Street words written before the house number ("Via Roma 12", "улица Ленина, д. 5"). */
  private static final String WORDS_BEFORE_NUMBER =
      "via|viale|piazza|piazzale|corso|largo|vicolo|calle|avenida|avda|av|plaza|paseo|carrer|"
          + "camino|rue|avenue|boulevard|chemin|ул|улица|пр|проспект|пер|переулок|шоссе|бульвар|"
          + "наб|набережная|utca|u|út|útja|tér|körút|krt|köz|straße|strasse|str|weg|platz|allee|"
          + "gasse|ring|damm|ufer|chaussee";

  /** Street words written after the house number ("221B Baker Street", "12 rue de Rivoli"). */
  private static final String WORDS_AFTER_NUMBER =
      "rue|avenue|boulevard|bd|chemin|place|allée|impasse|quai|street|st|road|rd|lane|ln|drive|"
          + "dr|way|close|court|ct|terrace";

  /** Street words that end a compound ("Leopoldstraße 12", "Hauptstr. 7", "Sonnenweg 3"). */
  private static final String STREET_SUFFIXES =
      "straße|strasse|str(?=\\.)|weg|platz|allee|gasse|damm|ufer|utca";

  private static final String HOUSE_NUMBER = "\\d{1,5}(?:\\s?[a-zA-Z](?![\\p{L}]))?(?:/\\d{1,4})?";
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
  private static final String PARTICLE = "(?iu:de|del|della|di|da|du|des|la|le|el|los|las|d'|l')";

  private static final Pattern STREET_THEN_NUMBER =
      Pattern.compile(
          "(?:"
              + NAME_WORD
              + "\\s+){0,3}(?iu:\\b(?:(?:"
              + WORDS_BEFORE_NUMBER
              + ")|[\\p{L}-]+(?:"
              + STREET_SUFFIXES
              + "))\\b)\\.?,?(?:\\s+(?:"
              + PARTICLE
              + "|"
              + NAME_WORD
              + "|\\p{L}{1,3}\\.),?){0,4}\\s+(?:(?iu:n|nr|no|nº|д)\\.?\\s*)?"
              + HOUSE_NUMBER
              + "\\b",
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern NUMBER_THEN_STREET =
      Pattern.compile(
          "\\b"
              + HOUSE_NUMBER
              + ",?\\s+(?:"
              + NAME_WORD
              + "\\s+){0,3}(?iu:(?:"
              + WORDS_AFTER_NUMBER
              + ")\\b)\\.?(?:\\s+(?:"
              + PARTICLE
              + "|"
              + NAME_WORD
              + ")){0,3}",
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern PHONE_CANDIDATE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:\\+|\\(\\+?)?\\d[\\d\\s().\\/-]{6,}\\d(?![\\p{L}\\p{N}])");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private Redactor() {}

  /** The text with personal data masked; null stays null. */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked = EMAIL_PATTERN.matcher(text).replaceAll(EMAIL);
    masked = STREET_THEN_NUMBER.matcher(masked).replaceAll(ADDRESS);
    masked = NUMBER_THEN_STREET.matcher(masked).replaceAll(ADDRESS);
    return maskPhones(masked);
  }

  private static String maskPhones(String text) {
    Matcher matcher = PHONE_CANDIDATE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String candidate = matcher.group();
      String replacement = candidate;
      if (isPhone(candidate)) {
        boolean openParenthesisOnly = candidate.startsWith("(") && !candidate.contains(")");
        replacement = openParenthesisOnly ? "(" + PHONE : PHONE;
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  static boolean isPhone(String candidate) {
    String digits = candidate.replaceAll("\\D", "");
    if (digits.length() < 9 || digits.length() > 15 || ISO_DATE.matcher(candidate).find()) {
      return false;
    }
    boolean grouped = candidate.matches(".*\\d[\\s().\\/-]+\\d.*");
    boolean dialPrefix =
        candidate.startsWith("+")
            || candidate.startsWith("(")
            || digits.startsWith("0")
            || digits.startsWith("8") && digits.length() == 11;
    return dialPrefix || grouped;
  }
}
