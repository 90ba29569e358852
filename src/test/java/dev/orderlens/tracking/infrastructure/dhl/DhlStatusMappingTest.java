package dev.orderlens.tracking.infrastructure.dhl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.incident.SubStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DhlStatusMappingTest {

  @ParameterizedTest(name = "{0} ''{1}'' -> {2} {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pre-transit | The instruction data for this shipment have been provided | INFO_RECEIVED | InfoReceived_001",
        "transit | The shipment has been processed in the parcel center | IN_TRANSIT | InTransit_001",
        "transit | Die Sendung wurde in das Zustellfahrzeug geladen. | OUT_FOR_DELIVERY | OutForDelivery_001",
        "transit | Shipment is out with courier for delivery | OUT_FOR_DELIVERY | OutForDelivery_001",
        "transit | Die Sendung liegt in der Filiale zur Abholung bereit. | AVAILABLE_FOR_PICKUP | AvailableForPickup_001",
        "delivered | Delivered - Signed for by: DUPONT | DELIVERED | Delivered_001",
        "delivered | Die Sendung wurde an den Nachbarn übergeben. | DELIVERED | Delivered_005",
        "failure | Der Empfänger wurde nicht angetroffen. | ATTEMPT_FAIL | AttemptFail_002",
        "failure | The recipient was not at home | ATTEMPT_FAIL | AttemptFail_002",
        "failure | The shipment was damaged | EXCEPTION | Exception_012",
        "failure | Die Annahme der Sendung wurde verweigert. | EXCEPTION | Exception_003",
        "transit | The shipment is being returned to the sender | EXCEPTION | Exception_010",
        "failure | Shipment on hold in customs | EXCEPTION | Exception_004",
        "failure | Delay due to severe weather conditions | EXCEPTION | Exception_005",
        "failure | Something went wrong | EXCEPTION | Exception_001",
        "unknown | | UNKNOWN | Unknown"
      })
  void statusCodeAndTextMapOntoTheCommonVocabulary(
      String statusCode, String text, TrackingStatus status, String code) {
    SubStatus mapped = DhlStatusMapping.map(statusCode, null, text);

    assertEquals(status, mapped.status());
    assertEquals(code, mapped.code());
  }
}
