package org.bazaar.payments.persistence;

import java.util.Optional;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.bazaar.events.common.Money;
import org.bazaar.events.order.OrderCancelled;
import org.bazaar.events.payment.PaymentRequested;
import org.bazaar.payments.Payment;
import org.bazaar.payments.PaymentStatus;

/** Owns the SQL of the {@code payments} table; every method runs in the caller's transaction. */
public final class PaymentRepository {

  private static final String COLUMNS = "order_id, customer_id, amount, currency, token, status, provider_charge_id, "
      + "attempts, last_error";

  /** Records a new REQUESTED payment; does nothing if the order already has one (of any status). */
  public Future<Void> insertRequested(SqlConnection tx, PaymentRequested request) {
    return tx.preparedQuery("INSERT INTO payments (order_id, customer_id, amount, currency, token, status) "
            + "VALUES ($1, $2, $3, $4, $5, 'REQUESTED') ON CONFLICT (order_id) DO NOTHING")
        .execute(Tuple.of(request.orderId(), request.customerId(), request.amount().amount(),
            request.amount().currency(), request.paymentToken()))
        .mapEmpty();
  }

  /** Records that an order was cancelled before its payment was requested, so it is never charged. */
  public Future<Void> insertCancelled(SqlConnection tx, OrderCancelled cancelled) {
    return tx.preparedQuery("INSERT INTO payments (order_id, customer_id, amount, currency, status) "
            + "VALUES ($1, $2, $3, $4, 'CANCELLED') ON CONFLICT (order_id) DO NOTHING")
        .execute(Tuple.of(cancelled.orderId(), cancelled.customerId(), cancelled.total().amount(),
            cancelled.total().currency()))
        .mapEmpty();
  }

  /** Reads an order's payment and locks its row until the transaction ends. */
  public Future<Optional<Payment>> lock(SqlConnection tx, UUID orderId) {
    return tx.preparedQuery("SELECT " + COLUMNS + " FROM payments WHERE order_id = $1 FOR UPDATE")
        .execute(Tuple.of(orderId))
        .map(PaymentRepository::first);
  }

  /** Records a provider round: the new status, the charge id if any, the calls it took and the last error. */
  public Future<Void> settle(SqlConnection tx, UUID orderId, PaymentStatus status, String chargeId, int calls,
      String lastError) {
    return tx.preparedQuery("UPDATE payments SET status = $2, provider_charge_id = COALESCE($3, provider_charge_id), "
            + "attempts = attempts + $4, last_error = $5, updated_at = now() WHERE order_id = $1")
        .execute(Tuple.of(orderId, status.name(), chargeId, calls, lastError))
        .mapEmpty();
  }

  public Future<Void> updateStatus(SqlConnection tx, UUID orderId, PaymentStatus status) {
    return tx.preparedQuery("UPDATE payments SET status = $2, updated_at = now() WHERE order_id = $1")
        .execute(Tuple.of(orderId, status.name()))
        .mapEmpty();
  }

  private static Optional<Payment> first(RowSet<Row> rows) {
    if (rows.size() == 0) {
      return Optional.empty();
    }
    Row row = rows.iterator().next();
    return Optional.of(new Payment(
        row.getUUID("order_id"),
        row.getUUID("customer_id"),
        new Money(row.getLong("amount"), row.getString("currency")),
        row.getString("token"),
        PaymentStatus.valueOf(row.getString("status")),
        row.getString("provider_charge_id"),
        row.getInteger("attempts"),
        row.getString("last_error")));
  }
}
