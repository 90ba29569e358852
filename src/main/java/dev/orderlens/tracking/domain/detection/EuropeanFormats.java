package dev.orderlens.tracking.domain.detection;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * European carrier formats the {@code tracking_number_data} set lacks. Where a carrier publishes a
 * check digit it is verified; otherwise the match rests on the shape and the candidate says so
 * ({@link CarrierCandidate#checksumValid()} false). Pure digit shapes overlap on purpose: the
 * detector returns every candidate rather than guessing.
 */
final class EuropeanFormats {

  private static final String SERIAL_CHECK = "(?<SerialNumber>[0-9]{%d})(?<CheckDigit>[0-9])";

  private EuropeanFormats() {}

  static List<TrackingFormat> all() {
    return List.of(
        // GLS: numeric parcel number (2-digit depot, 2-digit product, running number, check
        // digit) and the 8-character alphanumeric Track-ID printed since ~2010.
        // Source: paketda.de/gls/gls-paketlabel.php. The check-digit rule is not public: shape
        // only.
        shape("gls", "GLS", "gls_parcel", "GLS parcel number", "[0-9]{11,12}"),
        shape(
            "gls",
            "GLS",
            "gls_track_id",
            "GLS Track-ID",
            "(?=[A-Z]*[0-9])(?=[0-9]*[A-Z])[A-Z0-9]{8}"),
        // BRT: "numero di spedizione" of 12 digits = line (3) + series (2) + number (7),
        // zero-padded.
        // Source: BRT on-line help as quoted at mlist.it/archives/il-corriere-che-non-correva.html.
        shape("brt", "BRT (Bartolini)", "brt_spedizione", "BRT numero di spedizione", "[0-9]{12}"),
        // Poste Italiane domestic "codice di invio" (Raccomandata, Assicurata, Atto Giudiziario):
        // digits only. Source: guidaconsumatori.it/utenze/posta/ricerca-spedizioni.htm (14 digits);
        // 12-digit Raccomandata receipts are also common. International ones are S10 (…IT).
        shape(
            "poste_italiane",
            "Poste Italiane",
            "poste_domestic",
            "Poste Italiane codice di invio",
            "[0-9]{12}|[0-9]{14}"),
        // PostNL "3S" barcode: 3S + customer code (letters) + serial. DHL Parcel Benelux prints
        // the same 3S shape (dhl.com tracking-ID page: "3SBCC000123456"), so both are candidates.
        shape("postnl", "PostNL", "postnl_3s", "PostNL 3S", "3S[A-Z]{3,4}[0-9]{6,11}"),
        shape(
            "dhl_parcel_nl",
            "DHL Parcel (Benelux)",
            "dhl_parcel_3s",
            "DHL Parcel 3S",
            "3S[A-Z]{3,4}[0-9]{6,11}"),
        // Royal Mail domestic: Tracked 24/48 and Special Delivery use S10 numbers ending in GB;
        // Parcelforce (Royal Mail Group) uses 2 letters + 7 digits or 4 letters + 10 digits.
        // Source: parcelforce.com/help-and-advice/sending-worldwide/tracking-number-formats.
        checked(
            "royal_mail",
            "Royal Mail",
            "royal_mail_tracked",
            "Royal Mail Tracked / Special Delivery",
            "[A-Z]{2}(?<SerialNumber>[0-9]{8})(?<CheckDigit>[0-9])GB",
            CheckDigits.s10(List.of(8, 6, 4, 2, 3, 5, 9, 7))),
        shape(
            "royal_mail",
            "Royal Mail",
            "parcelforce_uk",
            "Parcelforce Worldwide (UK)",
            "[A-Z]{2}[0-9]{7}|[A-Z]{4}[0-9]{10}"),
        // Magyar Posta domestic parcels carry an ISO 15459 licence plate beginning "JJH"
        // (as DHL's begin "JJD"); shape only, international items are S10 (…HU).
        shape(
            "magyar_posta",
            "Magyar Posta",
            "magyar_posta_domestic",
            "Magyar Posta domestic",
            "JJH[0-9A-Z]{11,20}"),
        // Russian Post domestic ШПИ: 6-digit origin postcode, 2-digit month, 5-digit serial and a
        // check digit (digits weighted 3,1,3,… from the left, mod 10).
        // Source: ru.wikipedia.org/wiki/Почтовый_идентификатор.
        checked(
            "russian_post",
            "Russian Post",
            "russian_post_domestic",
            "Почта России (14)",
            String.format(SERIAL_CHECK, 13),
            CheckDigits.mod10(3, 1, false)),
        // DHL Paket (DE): 12-digit Identcode (weights 4,9), 20-digit GS1 number beginning 00340434
        // (weights 3,1), and "JJD" licence plates. Source:
        // paketda.de/firmenkunden/paket-pruefziffern.html.
        checked(
            "dhl_paket",
            "DHL Paket",
            "dhl_paket_12",
            "DHL Paket (12)",
            String.format(SERIAL_CHECK, 11),
            CheckDigits.mod10(4, 9, false)),
        checked(
            "dhl_paket",
            "DHL Paket",
            "dhl_paket_20",
            "DHL Paket (20)",
            "(?<SerialNumber>003404[0-9]{13})(?<CheckDigit>[0-9])",
            CheckDigits.mod10(3, 1, false)),
        shape("dhl_paket", "DHL Paket", "dhl_paket_jjd", "DHL Paket JJD", "JJD[0-9]{10,20}"));
  }

  private static TrackingFormat shape(
      String code, String carrier, String id, String name, String regex) {
    return checked(code, carrier, id, name, regex, null);
  }

  private static TrackingFormat checked(
      String code, String carrier, String id, String name, String regex, CheckDigitRule rule) {
    return new TrackingFormat(
        code, carrier, id, name, Pattern.compile(regex), rule, null, List.of(), Set.of());
  }
}
