package org.bazaar.orders.messaging;

import io.vertx.core.Future;
import org.bazaar.events.payment.DeclineReason;
import org.bazaar.events.payment.PaymentAuthorized;
import org.bazaar.events.payment.PaymentDeclined;
import org.bazaar.events.stock.StockRejected;
import org.bazaar.events.stock.StockReserved;
import org.bazaar.orders.SagaInput;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.inbox.Inbox;

/** Feeds inventory's and payments' answers into the saga, each event once. */
public final class SagaEventHandler {

  private final Inbox inbox;
  private final SagaDriver driver;

  public SagaEventHandler(Inbox inbox, SagaDriver driver) {
    this.inbox = inbox;
    this.driver = driver;
  }

  public Future<Void> stockReserved(EventEnvelope event) {
    return inbox.once(event, (tx, e) -> driver.advance(tx, StockReserved.fromJson(e.data()).orderId(),
        SagaInput.STOCK_RESERVED, e));
  }

  public Future<Void> stockRejected(EventEnvelope event) {
    return inbox.once(event, (tx, e) -> driver.advance(tx, StockRejected.fromJson(e.data()).orderId(),
        SagaInput.STOCK_REJECTED, e));
  }

  public Future<Void> paymentAuthorized(EventEnvelope event) {
    return inbox.once(event, (tx, e) -> driver.advance(tx, PaymentAuthorized.fromJson(e.data()).orderId(),
        SagaInput.PAYMENT_AUTHORIZED, e));
  }

  public Future<Void> paymentDeclined(EventEnvelope event) {
    return inbox.once(event, (tx, e) -> {
      PaymentDeclined declined = PaymentDeclined.fromJson(e.data());
      SagaInput input = declined.reason() == DeclineReason.PROVIDER_UNAVAILABLE
          ? SagaInput.PAYMENT_UNAVAILABLE : SagaInput.PAYMENT_DECLINED;
      return driver.advance(tx, declined.orderId(), input, e);
    });
  }
}
