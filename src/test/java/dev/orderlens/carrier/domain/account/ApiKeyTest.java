package dev.orderlens.carrier.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

  @Test
  void generatedKeysAreWellFormedDistinctAndStoredAsSha256() {
    SecureRandom random = new SecureRandom();
    String a = ApiKey.generate(random);
    String b = ApiKey.generate(random);

    assertTrue(ApiKey.wellFormed(a));
    assertNotEquals(a, b);
    assertEquals(64, ApiKey.hash(a).length());
    assertFalse(ApiKey.hash(a).contains(a.substring(4)));
    assertEquals(ApiKey.hash(a), ApiKey.hash(a));
  }

  @Test
  void malformedKeysAreRejectedBeforeAnyLookup() {
    assertFalse(ApiKey.wellFormed(null));
    assertFalse(ApiKey.wellFormed(""));
    assertFalse(ApiKey.wellFormed("olk_short"));
  }

  @Test
  void carrierAccountsNeverHoldASecretOnlyAReferenceToOne() {
    var account = new CarrierAccount("DHL Express", null, "https://dhl.example/feedback", null);

    assertEquals("DHL Express", account.name());
    assertEquals(CarrierAccount.DEFAULT_SECRET_REF, account.secretRef());
    assertThrows(IllegalArgumentException.class, () -> new CarrierAccount("x", null, null, "PATH"));
    assertThrows(
        IllegalArgumentException.class, () -> new CarrierAccount("x", null, "ftp://x", null));
    assertThrows(IllegalArgumentException.class, () -> new CarrierAccount("a/b", null, null, null));
  }
}
