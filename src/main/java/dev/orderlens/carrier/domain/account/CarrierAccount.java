package dev.orderlens.carrier.domain.account;

import java.util.Objects;

/**
 * A carrier Orderlens reports to. The code is the name shipments are stored under. No secret lives
 * here: the push signing secret is read from the environment variable {@code secretRef} names, and
 * the pull key only as a hash in storage.
 *
 * @param pushUrl where reports are pushed, or null for a carrier that only pulls
 */
public record CarrierAccount(String code, String name, String pushUrl, String secretRef) {

  /** The environment variable that holds the signing secret when a carrier names none. */
  public static final String DEFAULT_SECRET_REF = "ORDERLENS_CARRIER_REPORT_SECRET";

  public CarrierAccount {
    Objects.requireNonNull(code, "code");
    if (!code.matches("[A-Za-z0-9 ._-]{1,64}")) {
      throw new IllegalArgumentException(
          "A carrier code has 1 to 64 letters, digits, . _ - or space");
    }
    name = name == null || name.isBlank() ? code : name;
    if (pushUrl != null && !pushUrl.matches("https?://\\S+")) {
      throw new IllegalArgumentException("The push URL is an http(s) URL");
    }
    secretRef = secretRef == null || secretRef.isBlank() ? DEFAULT_SECRET_REF : secretRef;
    if (!secretRef.matches("ORDERLENS_CARRIER_[A-Z0-9_]+")) {
      throw new IllegalArgumentException(
          "A secret reference names an ORDERLENS_CARRIER_* variable");
    }
  }
}
