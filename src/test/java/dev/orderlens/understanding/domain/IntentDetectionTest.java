package dev.orderlens.understanding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.understanding.Tally;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentDetectionTest {
  private static final Tally MAIN_INTENT = new Tally("main intent in every language");

  private static final MessageUnderstanding UNDERSTANDING = MessageUnderstanding.load();

  @ParameterizedTest(name = "[{0}] {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | ORDER_STATUS      | Hi, where is my order #1001? I ordered it ten days ago and it still hasn't arrived.
          en | CANCEL_ORDER      | Please cancel my order 1002, I ordered the wrong one by mistake.
          en | RETURN_REFUND     | The jacket is too small. How do I return it and get a refund?
          en | COURIER_COMPLAINT | Your DPD driver threw the parcel over my fence and was very rude.
          en | WRONG_ADDRESS     | I made a typo in the address, the house number is 12 not 21. Can you change the delivery address?
          en | PRODUCT_QUESTION  | Is this charger compatible with the iPhone 15, and is the white one back in stock?
          en | SERVICE_COMPLAINT | This is my third email and nobody answers. Your customer service is unacceptable.
          en | PRIVACY_CONCERN   | Please delete my account and all my personal data under GDPR.
          en | OTHER             | Do you have a physical shop in Milan?
          it | ORDER_STATUS      | Buongiorno, dov'è il mio ordine 1001? Non è ancora arrivato.
          it | CANCEL_ORDER      | Vorrei annullare l'ordine 1002, ho sbagliato prodotto.
          it | RETURN_REFUND     | Le scarpe sono troppo strette, vorrei fare il reso e avere il rimborso.
          it | COURIER_COMPLAINT | Il corriere BRT è stato maleducato e ha lanciato il pacco oltre il cancello.
          it | WRONG_ADDRESS     | Ho inserito un indirizzo sbagliato, potete modificare l'indirizzo di consegna?
          it | PRODUCT_QUESTION  | Questo caricatore è compatibile con Samsung? E che taglia consigliate per la giacca?
          it | SERVICE_COMPLAINT | Ho scritto tre volte e nessuno risponde. Il servizio clienti è una vergogna.
          it | PRIVACY_CONCERN   | Vi chiedo di cancellare tutti i miei dati personali ai sensi del GDPR.
          it | OTHER             | Avete un negozio fisico a Milano?
          ru | ORDER_STATUS      | Здравствуйте, где мой заказ 1001? Он до сих пор не пришёл.
          ru | CANCEL_ORDER      | Пожалуйста, отмените мой заказ 1002, я передумал.
          ru | RETURN_REFUND     | Куртка не подошла по размеру, хочу оформить возврат и вернуть деньги.
          ru | COURIER_COMPLAINT | Курьер СДЭК бросил посылку у подъезда и грубо разговаривал.
          ru | WRONG_ADDRESS     | Я указал неправильный адрес, можно изменить адрес доставки?
          ru | PRODUCT_QUESTION  | Подойдет ли этот чехол к iPhone 15? И какой размер выбрать?
          ru | SERVICE_COMPLAINT | Пишу уже третий раз, никто не отвечает. Ужасный сервис!
          ru | PRIVACY_CONCERN   | Прошу удалить мои персональные данные и аккаунт.
          ru | OTHER             | У вас есть магазин в Москве?
          hu | ORDER_STATUS      | Jó napot! Hol van a rendelésem? Még mindig nem érkezett meg.
          hu | CANCEL_ORDER      | Szeretném lemondani az 1002-es rendelést.
          hu | RETURN_REFUND     | A cipő kicsi, szeretném visszaküldeni és a pénzemet vissza kérem.
          hu | COURIER_COMPLAINT | A GLS futár udvariatlan volt és bedobta a csomagot a kerítésen át.
          hu | WRONG_ADDRESS     | Rossz címet adtam meg, kérem a címet módosítani.
          hu | PRODUCT_QUESTION  | Ez a töltő kompatibilis az iPhone-nal? Milyen méretet ajánlanak?
          hu | SERVICE_COMPLAINT | Harmadszor írok, és senki nem válaszol. Az ügyfélszolgálat elfogadhatatlan.
          hu | PRIVACY_CONCERN   | Kérem, töröljék a személyes adataimat a GDPR alapján.
          hu | OTHER             | Van üzletük Budapesten?
          de | ORDER_STATUS      | Hallo, wo ist meine Bestellung 1001? Sie ist immer noch nicht angekommen.
          de | CANCEL_ORDER      | Bitte stornieren Sie meine Bestellung 1002.
          de | RETURN_REFUND     | Die Schuhe sind zu klein, ich möchte sie zurückschicken und mein Geld zurück.
          de | COURIER_COMPLAINT | Der DHL-Fahrer hat das Paket über den Zaun geworfen und war sehr unfreundlich.
          de | WRONG_ADDRESS     | Ich habe eine falsche Adresse angegeben, können Sie die Lieferadresse ändern?
          de | PRODUCT_QUESTION  | Ist das Ladegerät kompatibel mit dem iPhone 15? Ist die Jacke in Größe M auf Lager?
          de | SERVICE_COMPLAINT | Das ist meine dritte E-Mail und niemand antwortet. Ihr Kundenservice ist eine Frechheit.
          de | PRIVACY_CONCERN   | Bitte löschen Sie gemäß DSGVO alle meine Daten.
          de | OTHER             | Haben Sie ein Geschäft in Berlin?
          fr | ORDER_STATUS      | Bonjour, où est ma commande 1001 ? Je ne l'ai toujours pas reçue.
          fr | CANCEL_ORDER      | Je voudrais annuler ma commande 1002, s'il vous plaît.
          fr | RETURN_REFUND     | Les chaussures sont trop petites, je souhaite un retour et un remboursement.
          fr | COURIER_COMPLAINT | Le livreur Chronopost a jeté le colis par-dessus le portail, il était très impoli.
          fr | WRONG_ADDRESS     | Je me suis trompé d'adresse, pouvez-vous modifier l'adresse de livraison ?
          fr | PRODUCT_QUESTION  | Ce chargeur est-il compatible avec l'iPhone 15 ? Quelle taille me conseillez-vous ?
          fr | SERVICE_COMPLAINT | C'est mon troisième e-mail et personne ne répond. Votre service client est lamentable.
          fr | PRIVACY_CONCERN   | Conformément au RGPD, merci de supprimer mes données personnelles.
          fr | OTHER             | Avez-vous une boutique à Paris ?
          es | ORDER_STATUS      | Hola, ¿dónde está mi pedido 1001? Todavía no ha llegado.
          es | CANCEL_ORDER      | Quiero cancelar mi pedido 1002, por favor.
          es | RETURN_REFUND     | Las zapatillas son pequeñas, quiero hacer una devolución y que me devuelvan el dinero.
          es | COURIER_COMPLAINT | El repartidor de SEUR tiró el paquete por encima de la valla y fue muy maleducado.
          es | WRONG_ADDRESS     | Puse una dirección equivocada, ¿pueden cambiar la dirección de entrega?
          es | PRODUCT_QUESTION  | ¿Este cargador es compatible con el iPhone 15? ¿Qué talla me recomiendan?
          es | SERVICE_COMPLAINT | Es mi tercer correo y nadie responde. La atención al cliente es vergonzosa.
          es | PRIVACY_CONCERN   | Según el RGPD, les pido que borren todos mis datos personales.
          es | OTHER             | ¿Tienen tienda física en Madrid?
          """)
  void mainIntentIsWhatTheCustomerAsksFor(String language, Intent expected, String message) {
    MAIN_INTENT.record(expected, UNDERSTANDING.understand(message).mainIntent(), message);
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | Hi, where is my order #1001? I ordered it ten days ago and it still hasn't arrived.
          it | Buongiorno, dov'è il mio ordine 1001? Non è ancora arrivato.
          ru | Здравствуйте, где мой заказ 1001? Он до сих пор не пришёл.
          hu | Jó napot! Hol van a rendelésem? Még mindig nem érkezett meg.
          de | Hallo, wo ist meine Bestellung 1001? Sie ist immer noch nicht angekommen.
          fr | Bonjour, où est ma commande 1001 ? Je ne l'ai toujours pas reçue.
          es | Hola, ¿dónde está mi pedido 1001? Todavía no ha llegado.
          """)
  void understandingReportsTheMessageLanguage(String language, String message) {
    assertEquals(language, UNDERSTANDING.understand(message).language());
  }

  @Test
  void severalIntentsAreReportedWithTheFirstMentionedAsMain() {
    Understanding understanding =
        UNDERSTANDING.understand(
            "My order still hasn't arrived. If it doesn't come by Friday I want a refund.");

    assertEquals(List.of(Intent.ORDER_STATUS, Intent.RETURN_REFUND), understanding.intents());
  }

  @Test
  void intentWithMoreEvidenceIsTheMainOne() {
    Understanding understanding =
        UNDERSTANDING.understand(
            "Refund please. The DPD courier was rude, threw the box and the driver never knocked.");

    assertEquals(Intent.COURIER_COMPLAINT, understanding.mainIntent());
    assertTrue(understanding.intents().contains(Intent.RETURN_REFUND));
  }

  @Test
  void messageWithoutAnyKnownWordIsOther() {
    assertEquals(List.of(Intent.OTHER), UNDERSTANDING.understand("???").intents());
  }

  @org.junit.jupiter.api.AfterAll
  static void eachSetReachesTheFloor() {
    MAIN_INTENT.assertAtLeast(Tally.REGRESSION_FLOOR);
  }
}
