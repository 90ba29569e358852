package dev.orderlens.understanding.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The customer's own words of a message: earlier mail quoted below or after a reply header, and the
 * signature or mobile footer, are cut off; a line quoted with {@code >} is dropped. What is cut is
 * still read for order and tracking references elsewhere; here it would only add the shop's or an
 * earlier message's words to this one.
 */
public final class MessageCleaner {

  private static final Pattern REPLY_HEADER =
      Pattern.compile(
          "^\\s*(-{2,}\\s*(original message|ursprüngliche nachricht|message d'origine|messaggio"
              + " originale|mensaje original|eredeti üzenet|исходное сообщение|forwarded"
              + " message).*"
              + "|(on|am|le|il|el|den|в)\\s.{0,120}(wrote|schrieb|a écrit|ha scritto|escribió"
              + "|írta|написал[аи]?)\\s*:?\\s*"
              + "|(from|von|de|da|от|feladó)\\s*:\\s*.+@.+"
              + "|_{5,}.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern SIGNATURE =
      Pattern.compile(
          "^\\s*(--\\s*|sent from my .*|inviato da .*|enviado desde .*|envoyé de mon .*"
              + "|von meinem .* gesendet.*|отправлено с .*|get outlook for .*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A message longer than this is read by its first {@link #HEAD} and last {@link #TAIL} chars. */
  static final int LONGEST = 2_500;

  static final int HEAD = 1_500;
  static final int TAIL = 1_000;

  private MessageCleaner() {}

  /**
   * The customer's own words, a very long message by its beginning and its end (where customers say
   * what they want; the middle of a 10 KB story adds time, not meaning).
   */
  public static String readable(String text) {
    String own = ownWords(text);
    if (own.length() <= LONGEST) {
      return own;
    }
    return own.substring(0, HEAD) + "\n" + own.substring(own.length() - TAIL);
  }

  /** The text the customer wrote in this message. */
  public static String ownWords(String text) {
    if (text == null) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (REPLY_HEADER.matcher(line).matches() || SIGNATURE.matcher(line).matches()) {
        break;
      }
      if (!line.stripLeading().startsWith(">")) {
        kept.add(line);
      }
    }
    String own = String.join("\n", kept).strip();
    // A message that is nothing but a quote (a forward without a word) keeps its quote.
    return own.isEmpty() ? text.toLowerCase(Locale.ROOT).strip() : own;
  }
}
