package dev.orderlens.carrier.domain.blame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.tracking.domain.Blame;
import dev.orderlens.tracking.domain.TrackingStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlamePolicyTest {

  @ParameterizedTest(name = "{0} incident={1} stated={2} status={3} -> {4}")
  @CsvSource(
      textBlock =
          """
          # category,            incident cause,    stated cause,      status,        blame
          LATE,                   UNKNOWN,           UNKNOWN,           IN_TRANSIT,    CARRIER
          LATE,                   UNKNOWN,           UNKNOWN,           INFO_RECEIVED, RETAILER
          LATE,                   UNKNOWN,           UNKNOWN,           PENDING,       RETAILER
          LATE,                   UNKNOWN,           AWAITING_SUPPLIER, IN_TRANSIT,    RETAILER
          LATE,                   UNKNOWN,           NOT_YET_SHIPPED,   UNKNOWN,       RETAILER
          LATE,                   WRONG_ADDRESS,     UNKNOWN,           EXCEPTION,     CONSIGNEE
          LATE,                   CONSIGNEE_ABSENT,  UNKNOWN,           ATTEMPT_FAIL,  CONSIGNEE
          LATE,                   CUSTOMS,           UNKNOWN,           EXCEPTION,     CUSTOMS
          LATE,                   WEATHER,           UNKNOWN,           IN_TRANSIT,    FORCE_MAJEURE
          LATE,                   FORCE_MAJEURE,     UNKNOWN,           IN_TRANSIT,    FORCE_MAJEURE
          LATE,                   UNKNOWN,           UNKNOWN,           UNKNOWN,       UNKNOWN
          LATE,                   CARRIER,           WEATHER,           IN_TRANSIT,    CARRIER
          LATE,                   WEATHER,           CARRIER,           IN_TRANSIT,    FORCE_MAJEURE
          LOST,                   UNKNOWN,           UNKNOWN,           EXCEPTION,     CARRIER
          LOST,                   UNKNOWN,           UNKNOWN,           INFO_RECEIVED, RETAILER
          DAMAGED,                CUSTOMS,           UNKNOWN,           DELIVERED,     CUSTOMS
          DAMAGED,                UNKNOWN,           UNKNOWN,           DELIVERED,     CARRIER
          DELIVERED_NOT_RECEIVED, UNKNOWN,           UNKNOWN,           DELIVERED,     CARRIER
          DELIVERED_NOT_RECEIVED, UNKNOWN,           WRONG_ADDRESS,     DELIVERED,     CONSIGNEE
          FALSE_ATTEMPT,          CONSIGNEE_ABSENT,  UNKNOWN,           ATTEMPT_FAIL,  CARRIER
          LEFT_UNSAFE,            WEATHER,           WEATHER,           DELIVERED,     CARRIER
          DRIVER_CONDUCT,         UNKNOWN,           UNKNOWN,           UNKNOWN,       CARRIER
          """)
  void decidesWhoseFaultAComplaintIs(
      ComplaintCategory category,
      Cause incident,
      Cause stated,
      TrackingStatus status,
      Blame expected) {
    assertEquals(expected, BlamePolicy.blame(category, incident, stated, status));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "NULL",
      textBlock =
          """
          carrier_sorting_error,   CARRIER
          retailer_not_ready,      NOT_YET_SHIPPED
          retailer_awaiting_supplier, AWAITING_SUPPLIER
          consignee_not_home,      CONSIGNEE_ABSENT
          consignee_wrong_address, WRONG_ADDRESS
          customs_delay,           CUSTOMS
          weather_delay,           WEATHER
          force_majeure,           FORCE_MAJEURE
          Carrier_Damaged,         CARRIER
          something_else,          UNKNOWN
          NULL,                    UNKNOWN
          '',                      UNKNOWN
          """)
  void readsKarrioIncidentReasons(String reason, Cause expected) {
    assertEquals(expected, Cause.fromIncidentReason(reason));
  }
}
