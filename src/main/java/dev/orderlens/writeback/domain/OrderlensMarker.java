package dev.orderlens.writeback.domain;

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

  /** The note's HTML with the marker and the visible prefix line in front. */
  public static String markHtml(String html) {
    return HTML_COMMENT + "<p><strong>" + TEXT_PREFIX + "</strong> order context</p>" + html;
  }

  /** The note's text with the visible prefix in front, unless it already starts with it. */
  public static String markText(String text) {
    return text.startsWith(TEXT_PREFIX) ? text : TEXT_PREFIX + " order context\n" + text;
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
