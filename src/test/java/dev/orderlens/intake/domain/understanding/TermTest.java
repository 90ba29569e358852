package dev.orderlens.intake.domain.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TermTest {

  @Test
  void stemMatchesInflectedWords() {
    assertEquals(1, Term.parse("refund*").firstMatch(TextNormalizer.tokens("Still refunded?")));
  }

  @Test
  void wordWithoutStarMustMatchWholeWord() {
    assertEquals(-1, Term.parse("ups").firstMatch(TextNormalizer.tokens("upset customer")));
  }

  @Test
  void wordsMayHaveAFewWordsBetweenThem() {
    assertEquals(
        0, Term.parse("cancel order").firstMatch(TextNormalizer.tokens("cancel my whole order")));
  }

  @Test
  void wordsTooFarApartDoNotMatch() {
    assertEquals(
        -1,
        Term.parse("cancel order")
            .firstMatch(TextNormalizer.tokens("cancel the newsletter, but about my order")));
  }

  @Test
  void accentsAndCaseDoNotMatter() {
    assertEquals(
        0, Term.parse("rückerstatt*").firstMatch(TextNormalizer.tokens("RUCKERSTATTUNG bitte")));
  }

  @Test
  void cyrillicYoIsTheSameAsYe() {
    assertEquals(1, Term.parse("не пришел").firstMatch(TextNormalizer.tokens("Заказ не пришёл")));
  }
}
