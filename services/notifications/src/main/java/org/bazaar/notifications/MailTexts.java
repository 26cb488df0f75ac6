package org.bazaar.notifications;

import java.util.List;

import org.bazaar.events.order.CancellationReason;

/** Composes the subject and plain-text body of every mail the shop sends. */
public final class MailTexts {

  static final String SIGNATURE = "The Bazaar team";

  private MailTexts() {
  }

  public static Mail welcome(Recipient to) {
    String name = singleLine(to.name());
    String text = "Hello " + name + ",\n\n"
        + "welcome to Bazaar! Your account " + to.email() + " is ready: browse the catalogue, fill your cart and "
        + "check out whenever you like.\n\n"
        + "Happy shopping,\n" + SIGNATURE + "\n";
    return new Mail(MailKind.WELCOME, to.userId().toString(), to.email(), "Welcome to Bazaar, " + name, text);
  }

  public static Mail orderConfirmed(Recipient to, OrderSummary order) {
    String text = "Hello " + singleLine(to.name()) + ",\n\n"
        + "thank you for your order. Your payment was authorised and your order is confirmed.\n\n"
        + "Order number: " + order.orderId() + "\n\n"
        + lines(order.items())
        + "Total: " + order.total().format() + "\n\n"
        + SIGNATURE + "\n";
    return new Mail(MailKind.ORDER_CONFIRMED, order.orderId().toString(), to.email(),
        "Your Bazaar order is confirmed", text);
  }

  public static Mail orderCancelled(Recipient to, OrderSummary order, CancellationReason reason) {
    String text = "Hello " + singleLine(to.name()) + ",\n\n"
        + "we are sorry: your order " + order.orderId() + " was cancelled.\n"
        + CancellationTexts.why(reason) + "\n"
        + CancellationTexts.money(reason) + "\n\n"
        + "What you ordered:\n"
        + lines(order.items())
        + "Total: " + order.total().format() + "\n\n"
        + SIGNATURE + "\n";
    return new Mail(MailKind.ORDER_CANCELLED, order.orderId().toString(), to.email(),
        "Your Bazaar order was cancelled", text);
  }

  /** One line per item: quantity, name, SKU, unit price and line total. */
  static String lines(List<OrderItem> items) {
    StringBuilder text = new StringBuilder();
    for (OrderItem item : items) {
      text.append("  ").append(item.quantity()).append(" x ").append(singleLine(item.name()))
          .append(" (").append(singleLine(item.sku())).append(") at ").append(item.unitPrice().format())
          .append(" = ").append(item.lineTotal().format()).append('\n');
    }
    return text.toString();
  }

  /** Names come from other services: control characters (line breaks above all) must not shape a mail or header. */
  static String singleLine(String text) {
    return text.replaceAll("\\p{Cntrl}+", " ").strip();
  }
}
