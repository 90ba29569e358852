package dev.orderlens.tracking.domain.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EuropeanFormatsTest {

  private static final CarrierDetector DETECTOR = new CarrierDetector();

  @ParameterizedTest(name = "{0} is a {1} candidate ({2})")
  @CsvSource({
    "10102467023459, russian_post, russian_post_domestic",
    "201298452277, dhl_paket, dhl_paket_12",
    "00340433836442636597, dhl_paket, dhl_paket_20",
    "JJD1410302937991, dhl_paket, dhl_paket_jjd",
    "3SABCD1234567, postnl, postnl_3s",
    "3SBCC000123456, dhl_parcel_nl, dhl_parcel_3s",
    "XHAX4HDA, gls, gls_track_id",
    "20812345678, gls, gls_parcel",
    "084000123456, brt, brt_spedizione",
    "TT123456785GB, royal_mail, royal_mail_tracked",
    "AB1234567, royal_mail, parcelforce_uk",
    "JJH30AAAAA12345678, magyar_posta, magyar_posta_domestic",
    "61234567890123, poste_italiane, poste_domestic"
  })
  void realisticEuropeanNumbersAreRecognised(String number, String carrier, String format) {
    List<CarrierCandidate> candidates = DETECTOR.detect(number);

    assertTrue(
        candidates.stream()
            .anyMatch(c -> c.carrierCode().equals(carrier) && c.formatId().equals(format)),
        () -> "candidates: " + candidates);
  }

  @Test
  void russianPostNumberWithWrongCheckDigitIsNotRussianPost() {
    assertTrue(
        DETECTOR.detect("10102467023458").stream()
            .noneMatch(c -> c.carrierCode().equals("russian_post")));
  }

  @Test
  void dhlPaketIdentcodeWithWrongCheckDigitIsNotDhlPaket() {
    assertTrue(
        DETECTOR.detect("201298452278").stream()
            .noneMatch(c -> c.formatId().equals("dhl_paket_12")));
  }

  @Test
  void pureDigitNumberKeepsEveryCarrierItFits() {
    List<String> carriers =
        DETECTOR.detect("201298452277").stream().map(CarrierCandidate::carrierCode).toList();

    assertTrue(
        carriers.containsAll(List.of("dhl_paket", "brt", "gls", "poste_italiane")),
        carriers::toString);
  }

  @Test
  void checkedCandidatesComeBeforeShapeOnlyOnes() {
    List<CarrierCandidate> candidates = DETECTOR.detect("201298452277");

    assertTrue(candidates.get(0).checksumValid());
    assertFalse(candidates.get(candidates.size() - 1).checksumValid());
  }

  @Test
  void threeSCodeIsAmbiguousBetweenPostNlAndDhlParcel() {
    List<String> carriers =
        DETECTOR.detect("3SABCD1234567").stream().map(CarrierCandidate::carrierCode).toList();

    assertEquals(List.of("postnl", "dhl_parcel_nl"), carriers);
  }

  @Test
  void plainWordIsNotAGlsTrackId() {
    assertTrue(DETECTOR.detect("PASSWORD").isEmpty());
  }

  @Test
  void internationalRoyalMailNumberNamesTheOperatorThroughS10() {
    assertTrue(
        DETECTOR.detect("TT 1234 5678 5 GB").stream()
            .anyMatch(
                c -> c.carrierCode().equals("s10") && c.carrierName().startsWith("Royal Mail")));
  }
}
