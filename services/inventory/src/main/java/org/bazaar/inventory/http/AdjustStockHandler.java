package org.bazaar.inventory.http;

import java.time.Instant;
import java.util.List;

import io.vertx.ext.web.RoutingContext;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import org.bazaar.events.EventTypes;
import org.bazaar.events.stock.StockAdjusted;
import org.bazaar.inventory.Skus;
import org.bazaar.inventory.Stock;
import org.bazaar.inventory.StockConflict;
import org.bazaar.inventory.messaging.StockEvents;
import org.bazaar.inventory.persistence.StockRepository;
import org.bazaar.platform.db.Transactions;
import org.bazaar.platform.http.Caller;
import org.bazaar.platform.http.HttpProblem;
import org.bazaar.platform.outbox.Outbox;

/**
 * {@code POST /inventory/{sku}/adjustments} (admin): locks the SKU's stock, applies the delta, records the
 * adjustment and appends stock.adjusted to the outbox, all in one transaction.
 */
public final class AdjustStockHandler {

  private static final String CHECK_VIOLATION = "23514";

  private final Pool pool;
  private final StockRepository stock;
  private final Outbox outbox;

  public AdjustStockHandler(Pool pool, StockRepository stock, Outbox outbox) {
    this.pool = pool;
    this.stock = stock;
    this.outbox = outbox;
  }

  public void handle(RoutingContext ctx) {
    Caller.of(ctx).requireAdmin();
    String sku = ctx.pathParam("sku");
    AdjustmentRequest request = AdjustmentRequest.parse(ctx.body().buffer());
    if (!Skus.isValid(sku)) {
      throw StockLevelHandler.unknown(sku);
    }
    String traceparent = ctx.request().getHeader("traceparent");
    Transactions.run(pool, tx -> stock.lock(tx, sku).compose(found -> {
      Stock after = found.orElseThrow(() -> StockLevelHandler.unknown(sku)).adjust(request.delta());
      StockAdjusted adjusted = new StockAdjusted(sku, request.delta(), request.reason(), StockEvents.level(after),
          Instant.now());
      return stock.save(tx, List.of(after))
          .compose(v -> stock.recordAdjustment(tx, after, request.delta(), request.reason()))
          .compose(v -> outbox.append(tx, EventTypes.STOCK_ADJUSTED_V1, sku, adjusted.toJson(), traceparent))
          .map(appended -> after);
    }))
        .onSuccess(after -> ctx.json(StockJson.of(after)))
        .onFailure(failure -> ctx.fail(problem(failure)));
  }

  private static Throwable problem(Throwable failure) {
    if (failure instanceof StockConflict conflict) {
      return HttpProblem.conflict(conflict.getMessage());
    }
    if (failure instanceof PgException pg && CHECK_VIOLATION.equals(pg.getSqlState())) {
      return HttpProblem.conflict("The adjustment would break a stock rule.");
    }
    return failure;
  }
}
