package dev.orderlens.carrier.domain.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.CourierComplaint;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.understanding.Tally;
import dev.orderlens.understanding.domain.Intent;
import dev.orderlens.understanding.domain.Understanding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComplaintClassifierTest {
  private static final Tally EVERY_CATEGORY = new Tally("every category in every language");
  private static final Tally NO_COMPLAINT = new Tally("no courier complaint");

  private static final ComplaintClassifier CLASSIFIER = ComplaintClassifier.bundled();

  /** Tracking that fits each complaint, as the enrichment would pass it in. */
  private static TrackingSignals fitting(ComplaintCategory category) {
    return switch (category) {
      case FALSE_ATTEMPT ->
          new TrackingSignals(
              "dhl", TrackingStatus.ATTEMPT_FAIL, "AttemptFail_002", true, 0.7, null);
      case DELIVERED_NOT_RECEIVED, LEFT_UNSAFE, DAMAGED, DRIVER_CONDUCT ->
          new TrackingSignals("dhl", TrackingStatus.DELIVERED, null, false, null, null);
      case LOST -> new TrackingSignals("dhl", TrackingStatus.EXCEPTION, null, false, null, null);
      case LATE -> new TrackingSignals("dhl", TrackingStatus.IN_TRANSIT, null, false, null, null);
    };
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
en | LATE | Hi, my parcel still hasn't arrived and it was due last Tuesday. Where is my package?
en | FALSE_ATTEMPT | The courier says nobody was home, but I was at home all day and nobody rang the bell!
en | LOST | DHL have lost my parcel, tracking hasn't moved in two weeks and it seems to have gone missing.
en | DAMAGED | The box arrived completely crushed and the vase inside was shattered.
en | LEFT_UNSAFE | The driver just left the parcel on the doorstep in the rain.
en | DELIVERED_NOT_RECEIVED | Tracking says it was delivered yesterday at 14:02 but I never received anything.
en | DRIVER_CONDUCT | Your delivery driver was extremely rude to my mother and shouted at her.
it | LATE | Buongiorno, il mio pacco non è ancora arrivato, doveva arrivare lunedì. Dov'è il mio pacco?
it | FALSE_ATTEMPT | Il corriere dice che non c'era nessuno, ma io ero a casa tutto il giorno e nessuno ha suonato.
it | LOST | Il pacco risulta smarrito, il corriere dice che è andato perso nel deposito.
it | DAMAGED | Il pacco è arrivato danneggiato, la scatola era schiacciata e il vaso rotto.
it | LEFT_UNSAFE | Il corriere ha lasciato il pacco davanti alla porta sotto la pioggia, senza suonare.
it | DELIVERED_NOT_RECEIVED | Il tracking risulta consegnato da ieri ma io non ho ricevuto niente.
it | DRIVER_CONDUCT | Il corriere è stato molto maleducato e mi ha urlato contro.
ru | LATE | Здравствуйте, моя посылка до сих пор не пришла, хотя должна была прийти в понедельник.
ru | FALSE_ATTEMPT | Курьер написал, что меня не было дома, но я весь день была дома и никто не звонил.
ru | LOST | Посылку потеряли, трекинг не обновляется уже две недели, она просто пропала.
ru | DAMAGED | Коробка пришла помятая, а ваза внутри разбита.
ru | LEFT_UNSAFE | Курьер оставил посылку под дверью на улице, под дождём.
ru | DELIVERED_NOT_RECEIVED | В трекинге статус «доставлено», но я посылку не получала.
ru | DRIVER_CONDUCT | Курьер мне нахамил и швырнул коробку на пол.
hu | LATE | Jó napot, a csomagom még mindig nem érkezett meg, pedig hétfőre ígérték. Hol van a csomagom?
hu | FALSE_ATTEMPT | A futár azt írta, hogy nem voltam otthon, de egész nap otthon voltam, és senki nem csengetett.
hu | LOST | A csomag elveszett, a futárszolgálat nem találja, nyoma veszett.
hu | DAMAGED | A doboz teljesen összetört, a váza megsérült.
hu | LEFT_UNSAFE | A futár csengetés nélkül kint hagyta a csomagot az ajtó előtt, az esőben.
hu | DELIVERED_NOT_RECEIVED | A rendszer szerint kézbesítették, de én nem kaptam meg semmit.
hu | DRIVER_CONDUCT | A futár nagyon goromba volt és rám kiabált.
de | LATE | Hallo, mein Paket ist immer noch nicht angekommen, es hätte am Montag ankommen sollen.
de | FALSE_ATTEMPT | Angeblich war ich nicht zu Hause, aber ich war den ganzen Tag zu Hause und es hat niemand geklingelt.
de | LOST | Das Paket ist wohl verloren gegangen, die Sendung ist seit zwei Wochen verschwunden.
de | DAMAGED | Der Karton war völlig zerdrückt und die Tasse ist zerbrochen.
de | LEFT_UNSAFE | Der Fahrer hat das Paket einfach vor die Tür gestellt, im Regen.
de | DELIVERED_NOT_RECEIVED | Laut Sendungsverfolgung wurde das Paket zugestellt, aber ich habe nichts erhalten.
de | DRIVER_CONDUCT | Der Zusteller war unfreundlich und hat mich angeschrien.
fr | LATE | Bonjour, mon colis n'est toujours pas arrivé alors qu'il devait arriver lundi.
fr | FALSE_ATTEMPT | Le livreur a laissé un avis de passage alors que j'étais chez moi toute la journée, il n'a pas sonné.
fr | LOST | Mon colis a été perdu par le transporteur, il est introuvable.
fr | DAMAGED | Le colis est arrivé abîmé, le carton était écrasé et l'assiette cassée.
fr | LEFT_UNSAFE | Le livreur a laissé le colis devant la porte, sous la pluie, sans sonner.
fr | DELIVERED_NOT_RECEIVED | Le suivi indique livré mais je n'ai rien reçu.
fr | DRIVER_CONDUCT | Le livreur était très agressif et m'a crié dessus.
es | LATE | Hola, mi pedido todavía no ha llegado y debería haber llegado el lunes.
es | FALSE_ATTEMPT | El repartidor dice que no había nadie, pero yo estuve en casa toda la mañana y nadie tocó el timbre.
es | LOST | Mi paquete se ha perdido, la empresa de transporte dice que está extraviado.
es | DAMAGED | La caja llegó aplastada y la lámpara está rota.
es | LEFT_UNSAFE | El mensajero dejó el paquete fuera, en la calle, bajo la lluvia.
es | DELIVERED_NOT_RECEIVED | En el seguimiento aparece como entregado, pero no he recibido nada.
es | DRIVER_CONDUCT | El repartidor fue muy maleducado y me gritó.
""")
  void recognisesEveryCategoryInEveryLanguage(
      String language, ComplaintCategory expected, String message) {
    var primary = CLASSIFIER.primary(message, fitting(expected));

    EVERY_CATEGORY.record(expected, primary.map(c -> c.category()).orElse(null), message);
    primary.ifPresent(c -> assertEquals("dhl", c.carrier()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hello, I would like to change the size of my order to M, thanks.",
        "Can I get an invoice with my company VAT number?",
        "I lost my password and cannot log in.",
        "The zipper broke after one week of use, I want a refund.",
        "Your customer service was rude to me on the phone.",
        "The parcel is not damaged, thanks for the quick delivery!",
        "Tracking says it will be delivered tomorrow, can I change the address?",
        "I was at home when I placed the order, is it shipped yet?",
        "Buongiorno, vorrei sapere se avete questo modello in blu.",
        "Здравствуйте, можно ли оплатить заказ картой?",
        "Szeretném módosítani a számlázási nevet a rendelésemen.",
        "Können Sie mir bitte eine Rechnung schicken?",
        "Bonjour, je voudrais retourner un article trop petit.",
        "Hola, ¿tenéis esta camiseta en talla L?"
      })
  void messageThatIsNoCourierComplaintYieldsNone(String message) {
    TrackingSignals attempted =
        new TrackingSignals("ups", TrackingStatus.ATTEMPT_FAIL, null, true, 0.9, null);

    NO_COMPLAINT.record(List.of(), CLASSIFIER.classify(message, attempted), message);
    NO_COMPLAINT.record(
        List.of(), CLASSIFIER.classify(message, TrackingSignals.none("ups")), message);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "MON COLIS EST ARRIVE ABIME ET ECRASE",
        "ПОСЫЛКА ПРИШЛА ПОВРЕЖДЁННОЙ",
        "Die Sendung ist BESCHÄDIGT angekommen",
        "a csomag serulten erkezett, osszetorve"
      })
  void readsThroughCaseAccentsAndInflection(String message) {
    TrackingSignals delivered =
        new TrackingSignals("gls", TrackingStatus.DELIVERED, null, false, null, null);

    EVERY_CATEGORY.record(
        ComplaintCategory.DAMAGED,
        CLASSIFIER.primary(message, delivered).map(c -> c.category()).orElse(null),
        message);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I'm not at home, it's my fault",
        "I was not at home when they came.",
        "I was at work when they tried, can they come again on Monday?"
      })
  void noFalseAttemptWithoutAnExplicitPresenceClaim(String message) {
    TrackingSignals suspicious =
        new TrackingSignals("dpd", TrackingStatus.ATTEMPT_FAIL, null, true, 0.95, null);

    assertTrue(
        CLASSIFIER.classify(message, suspicious).stream()
            .noneMatch(c -> c.category() == ComplaintCategory.FALSE_ATTEMPT));
  }

  @ParameterizedTest
  @CsvSource({"IN_TRANSIT", "DELIVERED", "UNKNOWN"})
  void aFalseAttemptWithoutAnAttemptScanIsOnlyTheCustomersClaim(TrackingStatus status) {
    String message = "I was at home all day and nobody rang, yet they claim a missed delivery.";
    TrackingSignals noAttempt = new TrackingSignals("dpd", status, null, false, null, null);

    CourierComplaint claim = CLASSIFIER.primary(message, noAttempt).orElseThrow();

    assertEquals(ComplaintCategory.FALSE_ATTEMPT, claim.category());
    assertEquals(ConfidenceRules.CLAIMED_FALSE_ATTEMPT, claim.confidence());
  }

  @Test
  void aFalseAttemptTheCustomerClaimsCountsFromTheTextAloneWithoutAScan() {
    var complaint =
        CLASSIFIER
            .primary(
                "Il corriere dice destinatario assente, ma io ero a casa!",
                TrackingSignals.none("BRT"))
            .orElseThrow();

    assertEquals(ComplaintCategory.FALSE_ATTEMPT, complaint.category());
  }

  @Test
  void theCategoryTheModelReadsWinsOverAWeakerPhraseHit() {
    Understanding read =
        courierComplaint(
            "DELIVERED_NOT_RECEIVED",
            new Understanding.CourierWords(Map.of("LATE", 1), false, Set.of()));

    var complaint = CLASSIFIER.primary(read, TrackingSignals.none("ups")).orElseThrow();

    assertEquals(ComplaintCategory.DELIVERED_NOT_RECEIVED, complaint.category());
  }

  @Test
  void aCauseTheCustomerNamesDecidesBlame() {
    Understanding read =
        courierComplaint(
            "LATE", new Understanding.CourierWords(Map.of(), false, Set.of("WEATHER")));

    var complaint =
        CLASSIFIER
            .primary(
                read,
                new TrackingSignals("dhl", TrackingStatus.IN_TRANSIT, null, false, null, null))
            .orElseThrow();

    assertEquals(dev.orderlens.tracking.domain.Blame.FORCE_MAJEURE, complaint.blame());
  }

  private static Understanding courierComplaint(
      String modelCategory, Understanding.CourierWords words) {
    return new Understanding(
        "en", List.of(Intent.COURIER_COMPLAINT), Set.of(), false, modelCategory, words);
  }

  @org.junit.jupiter.api.AfterAll
  static void eachSetReachesTheFloor() {
    EVERY_CATEGORY.assertAtLeast(Tally.REGRESSION_FLOOR);
    NO_COMPLAINT.assertAtLeast(Tally.REGRESSION_FLOOR);
  }
}
