package dev.orderlens.carrier.domain.report;

import java.util.List;
import java.util.regex.Pattern;

/** The shapes of personal data the scanner looks for, kept apart so they can be read and tuned. */
final class PersonalDataPatterns {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  static final Pattern EMAIL =
      Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)*\\.\\p{L}{2,}");

  /**
   * International ({@code +36 30 123 4567}, {@code 0049 30 1234567}) and national numbers starting
   * with 0 or 8 ({@code 030 1234567}, {@code 8 (916) 123-45-67}), 9 to 15 digits in all. A digit
   * run glued to letters or longer digits (a hash, an SSCC) is not a phone number.
   */
  static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\w+])(?:\\+|00)[1-9](?:[\\s\\-./()]{0,2}\\d){7,14}(?![\\w])"
              + "|(?<![\\w])[08](?:[\\s\\-./()]{0,2}\\d){8,11}(?![\\w])");

  static final List<Pattern> STREET_ADDRESSES =
      List.of(
          // EN: 12 Baker Street, 221b Long Acre Rd
          Pattern.compile(
              "\\b\\d{1,4}[a-z]?,?\\s+(?:[\\p{L}.'-]+\\s+){0,3}(?:street|st|road|rd|avenue|ave"
                  + "|lane|ln|drive|dr|way|close|court|place|boulevard|blvd|crescent|terrace)\\b",
              FLAGS),
          // DE: Hauptstraße 5, Am Ring 12
          Pattern.compile(
              "[\\p{L}-]*(?:straße|strasse|str\\.|weg|platz|allee|gasse|damm)\\s*\\d+", FLAGS),
          // IT / ES: via Roma 12, calle Mayor, 3
          Pattern.compile(
              "\\b(?:via|viale|piazza|corso|vicolo|calle|avenida|avda\\.?|plaza|paseo|c/)\\s+"
                  + "[\\p{L}' ]+,?\\s*(?:n\\.?\\s*)?\\d+",
              FLAGS),
          // FR: 12 rue de la Paix, 3 bis avenue Foch
          Pattern.compile(
              "\\b\\d{1,4}(?:\\s*(?:bis|ter))?,?\\s+(?:rue|avenue|boulevard|bd|place|allée|allee"
                  + "|impasse|chemin|quai)\\s+",
              FLAGS),
          // HU: Kossuth Lajos utca 12
          Pattern.compile("\\p{L}+\\s+(?:utca|u\\.|út|tér|körút|köz|fasor)\\s*\\d+", FLAGS),
          // RU: ул. Ленина, д. 5
          Pattern.compile(
              "(?:ул\\.|улица|пр-т|проспект|пер\\.|переулок|шоссе|наб\\.)\\s*[\\p{L}\\s.-]+,?\\s*"
                  + "(?:д\\.|дом)?\\s*\\d+",
              FLAGS));

  /** Full postcodes recognisable anywhere: UK, Dutch, and "10115 Berlin"-style with the city. */
  static final List<Pattern> FULL_POSTCODES =
      List.of(
          Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b"),
          Pattern.compile("\\b\\d{4}\\s?[A-Z]{2}\\b"),
          Pattern.compile("(?<![\\w-])\\d{4,6}\\s+\\p{Lu}\\p{Ll}+"));

  private PersonalDataPatterns() {}
}
