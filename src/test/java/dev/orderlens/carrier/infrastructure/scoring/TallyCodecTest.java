package dev.orderlens.carrier.infrastructure.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.carrier.domain.ComplaintCategory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TallyCodecTest {

  @Test
  void countsRoundTripThroughTheRollupColumns() {
    Map<ComplaintCategory, Long> complaints =
        Map.of(ComplaintCategory.LATE, 2L, ComplaintCategory.DAMAGED, 1L);
    Map<Integer, Long> transit = Map.of(2, 40L, 3, 17L, 10, 1L);

    assertEquals("DAMAGED:1,LATE:2", TallyCodec.write(complaints));
    assertEquals(complaints, TallyCodec.complaints(TallyCodec.write(complaints)));
    assertEquals(transit, TallyCodec.transit(TallyCodec.write(transit)));
    assertEquals(Map.of(), TallyCodec.transit(""));
  }
}
