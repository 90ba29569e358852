package dev.orderlens.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderReferenceExtractorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Where is #1001?|1001",
        "My order 1001 has not arrived|1001",
        "Order number: 1001|1001",
        "Order no. 1001 is late|1001",
        "Buongiorno, l'ordine n. 1001 non è arrivato|1001",
        "Ordine #1001|1001",
        "Здравствуйте, заказ №1001 не пришёл|1001",
        "Мой заказ 1001 задерживается|1001",
        "Номер заказа: 1001|1001",
        "A rendelés 1001 még nem érkezett meg|1001",
        "A 1001-es rendelésem hol van?|1001",
        "Rendelésszám: 1001|1001",
        "Jó napot, a G123456 rendelés miatt hívtak tegnap|G123456",
        "a 4431-es megrendeles meg mindig nem jott meg|4431",
        "rendelesszam: 5821 hol tart?|5821",
        "A 7710 számú megrendelésem|7710",
        "Meine Bestellung 1001 ist nicht angekommen|1001",
        "Bestellung Nr. 1001|1001",
        "Bestellnummer 1001|1001",
        "Ma commande n° 1001 est en retard|1001",
        "Commande numéro 1001|1001",
        "Mi pedido 1001 no ha llegado|1001",
        "Número de pedido: 1001|1001",
        "pedido nº 1001|1001",
        "My order W9ZJ9P6WRP2M9J1T never came|W9ZJ9P6WRP2M9J1T",
        "Ordine EU-1001 in ritardo|EU-1001",
        "my order 1002-77 never came|1002-77",
        "Where is my order NPM95MPRPBUJQSYG?|NPM95MPRPBUJQSYG",
        "Order NOVA7QX2KD81|NOVA7QX2KD81",
        "Bestellung NR8812KQ|NR8812KQ",
        "Order N3K8QZ2W1P|N3K8QZ2W1P",
        "order nr1001 late|1001",
        "ordine n1001 in ritardo|1001"
      })
  void findsTheOrderNumberInEveryLanguage(String text, String expected) {
    assertEquals(List.of(OrderNumber.of(expected)), OrderReferenceExtractor.extract(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Call me on 0212345678",
        "I paid 1001 EUR",
        "My postcode is 10138",
        "Delivered on 2026-11-20",
        "My order delivered yesterday was damaged"
      })
  void aBareNumberIsNotAnOrderNumber(String text) {
    assertEquals(List.of(), OrderReferenceExtractor.extract(text));
  }

  @org.junit.jupiter.api.Test
  void aReferenceInQuotedEarlierMailIsFound() {
    assertEquals(
        List.of(OrderNumber.of("5531")),
        OrderReferenceExtractor.extract(
            "still nothing??\n\n> On Mon, 2 Mar 2026, Shop wrote:\n> We received your order 5531"));
  }

  @org.junit.jupiter.api.Test
  void subjectAndBodyAreBothReadAndDuplicatesCollapse() {
    assertEquals(
        List.of(OrderNumber.of("1001"), OrderNumber.of("1002")),
        OrderReferenceExtractor.extract("Order #1001", "About order 1001 and order 1002"));
  }
}
