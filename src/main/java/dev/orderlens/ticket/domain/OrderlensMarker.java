package dev.orderlens.ticket.domain;

import java.util.Locale;

/**
 * How Orderlens recognises its own notes when a helpdesk reports them back as ticket events: every
 * note it writes starts with an HTML comment (kept where the helpdesk stores HTML) and a visible
 * "Orderlens:" line (kept where it only keeps text). Without the marker a write-back would trigger
 * the webhook again and enrichment would loop.
 */
public final class OrderlensMarker {

  /** Invisible marker at the start of the note's HTML. */
  public static final String HTML_COMMENT = "<!-- orderlens -->";

  /** Visible first words of every note, in its text and its HTML. */
  public static final String TEXT_PREFIX = "Orderlens:";

  private OrderlensMarker() {}

  /**
   * Last words of every note: the reference of the update it belongs to, so that a retried
   * write-back can ask the helpdesk whether the ticket already carries this very update.
   */
  public static final String REFERENCE_PREFIX = "Orderlens ref ";

  /** The note's HTML with the marker and the visible prefix line in front, the reference last. */
  public static String markHtml(String html, String reference) {
    return HTML_COMMENT
        + "<p><strong>"
        + TEXT_PREFIX
        + "</strong> order context</p>"
        + html
        + "<p><small>"
        + REFERENCE_PREFIX
        + reference
        + "</small></p>";
  }

  /**
   * The note's text with the visible prefix in front (unless it starts with it), reference last.
   */
  public static String markText(String text, String reference) {
    String marked = text.startsWith(TEXT_PREFIX) ? text : TEXT_PREFIX + " order context\n" + text;
    return marked + "\n" + REFERENCE_PREFIX + reference;
  }

  /**
   * Whether what a helpdesk answered about a ticket's notes holds Orderlens' note for this update.
   */
  public static boolean carries(String helpdeskAnswer, String reference) {
    return helpdeskAnswer != null && helpdeskAnswer.contains(REFERENCE_PREFIX + reference);
  }

  /** Whether a note body (HTML or text, as the helpdesk echoes it) was written by Orderlens. */
  public static boolean marks(String body) {
    if (body == null) {
      return false;
    }
    String stripped = body.strip();
    return stripped.toLowerCase(Locale.ROOT).contains(HTML_COMMENT)
        || stripped.startsWith(TEXT_PREFIX)
        || stripped.startsWith("<p><strong>" + TEXT_PREFIX);
  }
}
