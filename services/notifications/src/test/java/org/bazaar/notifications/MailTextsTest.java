package org.bazaar.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.bazaar.events.order.CancellationReason;
import org.junit.jupiter.api.Test;

class MailTextsTest {

  private static final UUID USER = UUID.fromString("8b0c2a8e-8f4e-4a39-9d1e-1b2c3d4e5f60");
  private static final UUID ORDER = UUID.fromString("0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f");
  private static final Recipient ADA = new Recipient(USER, "ada@example.com", "Ada Lovelace");
  private static final OrderSummary ORDER_OF_TWO = new OrderSummary(ORDER, List.of(
      new OrderItem("Blue mug", "MUG-1", 2, new Price(990, "EUR")),
      new OrderItem("Tea", "TEA-7", 1, new Price(450, "EUR"))), new Price(2430, "EUR"));

  @Test
  void welcome_greetsByName_andIsAddressedToTheAccount() {
    Mail mail = MailTexts.welcome(ADA);

    assertThat(mail.kind()).isEqualTo(MailKind.WELCOME);
    assertThat(mail.reference()).isEqualTo(USER.toString());
    assertThat(mail.to()).isEqualTo("ada@example.com");
    assertThat(mail.subject()).isEqualTo("Welcome to Bazaar, Ada Lovelace");
    assertThat(mail.text()).startsWith("Hello Ada Lovelace,\n\nwelcome to Bazaar!")
        .contains("ada@example.com").endsWith(MailTexts.SIGNATURE + "\n");
  }

  @Test
  void orderConfirmed_listsEveryLineWithItsTotal_andTheOrderTotal() {
    Mail mail = MailTexts.orderConfirmed(ADA, ORDER_OF_TWO);

    assertThat(mail.kind()).isEqualTo(MailKind.ORDER_CONFIRMED);
    assertThat(mail.reference()).isEqualTo(ORDER.toString());
    assertThat(mail.to()).isEqualTo("ada@example.com");
    assertThat(mail.subject()).isEqualTo("Your Bazaar order is confirmed");
    assertThat(mail.text()).isEqualTo("""
        Hello Ada Lovelace,

        thank you for your order. Your payment was authorised and your order is confirmed.

        Order number: 0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f

          2 x Blue mug (MUG-1) at 9.90 EUR = 19.80 EUR
          1 x Tea (TEA-7) at 4.50 EUR = 4.50 EUR
        Total: 24.30 EUR

        The Bazaar team
        """);
  }

  @Test
  void orderCancelled_saysWhyInPlainWords_andListsWhatWasOrdered() {
    Mail mail = MailTexts.orderCancelled(ADA, ORDER_OF_TWO, CancellationReason.PAYMENT_DECLINED);

    assertThat(mail.kind()).isEqualTo(MailKind.ORDER_CANCELLED);
    assertThat(mail.reference()).isEqualTo(ORDER.toString());
    assertThat(mail.subject()).isEqualTo("Your Bazaar order was cancelled");
    assertThat(mail.text()).isEqualTo("""
        Hello Ada Lovelace,

        we are sorry: your order 0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f was cancelled.
        Your payment was declined by your card issuer. Please check your payment details and order again.
        No payment was taken.

        What you ordered:
          2 x Blue mug (MUG-1) at 9.90 EUR = 19.80 EUR
          1 x Tea (TEA-7) at 4.50 EUR = 4.50 EUR
        Total: 24.30 EUR

        The Bazaar team
        """);
  }

  @Test
  void everyCancellationReason_hasItsOwnExplanation() {
    assertThat(MailTexts.orderCancelled(ADA, ORDER_OF_TWO, CancellationReason.OUT_OF_STOCK).text())
        .contains("out of stock").contains("No payment was taken.");
    assertThat(MailTexts.orderCancelled(ADA, ORDER_OF_TWO, CancellationReason.PAYMENT_UNAVAILABLE).text())
        .contains("could not reach our payment provider").contains("pending amount");
  }

  @Test
  void namesWithLineBreaks_cannotShapeTheSubjectOrTheBody() {
    Recipient sneaky = new Recipient(USER, "eve@example.com", "Eve\r\nBcc: victim@example.com");

    Mail mail = MailTexts.welcome(sneaky);

    assertThat(mail.subject()).isEqualTo("Welcome to Bazaar, Eve Bcc: victim@example.com").doesNotContain("\n");
    assertThat(mail.text()).startsWith("Hello Eve Bcc: victim@example.com,\n");
  }

  @Test
  void itemNames_areKeptOnOneLine() {
    OrderSummary odd = new OrderSummary(ORDER, List.of(new OrderItem("Two\nlines", "SKU\t1", 1,
        new Price(100, "EUR"))), new Price(100, "EUR"));

    assertThat(MailTexts.lines(odd.items())).isEqualTo("  1 x Two lines (SKU 1) at 1.00 EUR = 1.00 EUR\n");
  }
}
