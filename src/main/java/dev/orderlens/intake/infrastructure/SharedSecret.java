package dev.orderlens.intake.infrastructure;

import dev.orderlens.intake.domain.WebhookRequest;
import dev.orderlens.platform.security.Hmac;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Authenticity for helpdesks that sign nothing (Freshdesk, Gorgias): the admin puts a secret into
 * the webhook's headers, either as a header of our choosing or as HTTP Basic credentials. Either
 * configured form admits a delivery; with neither configured nothing is admitted.
 *
 * @param headerName header that carries the secret; {@value #DEFAULT_HEADER} when blank
 * @param headerValue the secret itself; blank turns the header form off
 * @param basicUser user of the Basic credentials; blank turns the Basic form off
 * @param basicPassword password of the Basic credentials
 */
public record SharedSecret(
    String headerName, String headerValue, String basicUser, String basicPassword) {

  public static final String DEFAULT_HEADER = "X-Orderlens-Secret";

  public SharedSecret {
    headerName = Hmac.blank(headerName) ? DEFAULT_HEADER : headerName.strip();
  }

  /** Only the header form, under the default header name. */
  public static SharedSecret header(String value) {
    return new SharedSecret(DEFAULT_HEADER, value, null, null);
  }

  public boolean admits(WebhookRequest request) {
    boolean byHeader =
        !Hmac.blank(headerValue) && Hmac.sameText(headerValue, request.header(headerName));
    return byHeader || admitsBasic(request.header("Authorization"));
  }

  private boolean admitsBasic(String authorization) {
    if (Hmac.blank(basicUser) || Hmac.blank(basicPassword) || authorization == null) {
      return false;
    }
    String value = authorization.strip();
    if (!value.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String expected = basicUser + ":" + basicPassword;
    try {
      String given =
          new String(
              Base64.getDecoder().decode(value.substring(6).strip()), StandardCharsets.UTF_8);
      return Hmac.sameText(expected, given);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "SharedSecret[" + headerName + "]";
  }
}
