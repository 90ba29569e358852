package dev.orderlens.tracking.domain.detection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds tracking numbers in a customer's free text so the agent does not have to copy them. Only
 * strings the {@link CarrierDetector} recognises count; phone numbers, order numbers ("#1001"),
 * dates and prices are skipped. A number without a strong check (a shape-only format, or short
 * digits such as a 10-digit DHL Express waybill) must be labelled as a tracking number nearby.
 */
public final class TrackingNumberExtractor {

  /** Words and digit groups; "-1" piece suffixes (LaserShip) stay attached. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:-[0-9](?![0-9-]))?");

  /** "+39 333 …": the groups after an international prefix belong to a phone number. */
  private static final Pattern INTERNATIONAL_DIALLING = Pattern.compile("\\+[0-9][0-9 ()./-]*$");

  private static final int MAX_GROUPS = 10;
  private static final int CONTEXT = 80;

  private final CarrierDetector detector;

  public TrackingNumberExtractor(CarrierDetector detector) {
    this.detector = detector;
  }

  /** Distinct tracking numbers in order of appearance, compact (no spaces, upper case). */
  public List<String> extract(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<Token> tokens = tokens(text);
    Set<String> found = new LinkedHashSet<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = longestRecognisedWindow(text, tokens, i);
      if (end > i) {
        found.add(CarrierDetector.compact(join(tokens, i, end)));
        i = end;
      } else {
        i++;
      }
    }
    return List.copyOf(found);
  }

  private int longestRecognisedWindow(String text, List<Token> tokens, int start) {
    if (!startsANumber(text, tokens.get(start))) {
      return start;
    }
    int limit = joinableEnd(text, tokens, start);
    for (int end = limit; end > start; end--) {
      String candidate = join(tokens, start, end);
      if (candidate.chars().anyMatch(Character::isDigit)
          && accepted(text, tokens.get(start), candidate)) {
        return end;
      }
    }
    return start;
  }

  /** Tokens after {@code start} joined by single spaces only: a number printed in groups. */
  private static int joinableEnd(String text, List<Token> tokens, int start) {
    int end = start + 1;
    while (end < tokens.size() && end - start < MAX_GROUPS) {
      Token previous = tokens.get(end - 1);
      Token next = tokens.get(end);
      boolean spaced = text.substring(previous.end(), next.start()).equals(" ");
      boolean groupLike =
          next.text().chars().anyMatch(Character::isDigit) || next.text().length() <= 2;
      if (!spaced || !groupLike) {
        break;
      }
      end++;
    }
    return end;
  }

  private boolean startsANumber(String text, Token token) {
    char before = token.start() > 0 ? text.charAt(token.start() - 1) : ' ';
    if (before == '#' || before == '+' || before == '€' || before == '$' || before == '£') {
      return false;
    }
    String context = TicketVocabulary.before(text, token.start(), 25);
    if (INTERNATIONAL_DIALLING.matcher(context).find()) {
      return false;
    }
    int tracking = TicketVocabulary.lastMention(context, TicketVocabulary.TRACKING);
    int other =
        Math.max(
            TicketVocabulary.lastMention(context, TicketVocabulary.PHONE),
            TicketVocabulary.lastMention(context, TicketVocabulary.ORDER));
    return other < 0 || tracking > other;
  }

  private boolean accepted(String text, Token first, String candidate) {
    List<CarrierCandidate> candidates = detector.detect(candidate);
    if (candidates.isEmpty()) {
      return false;
    }
    String compact = CarrierDetector.compact(candidate);
    boolean strong =
        candidates.stream().anyMatch(CarrierCandidate::checksumValid)
            && (compact.length() >= 12 || !compact.chars().allMatch(Character::isDigit));
    return strong
        || TicketVocabulary.mentionsAny(
            TicketVocabulary.before(text, first.start(), CONTEXT), TicketVocabulary.TRACKING);
  }

  private static String join(List<Token> tokens, int start, int end) {
    return String.join(" ", tokens.subList(start, end).stream().map(Token::text).toList());
  }

  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(new Token(m.group(), m.start(), m.end()));
    }
    return tokens;
  }

  private record Token(String text, int start, int end) {}
}
