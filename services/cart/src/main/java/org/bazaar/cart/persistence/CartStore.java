package org.bazaar.cart.persistence;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import org.bazaar.cart.Cart;
import org.bazaar.cart.CartRules;
import org.bazaar.cart.UnknownProduct;
import org.bazaar.platform.db.Transactions;

/**
 * The cart's use cases over its two tables. Changes to one customer's cart are serialised by a transaction
 * lock on the customer; every answer is the cart as it is afterwards, priced from the product copy. Lines of
 * discontinued products are left out of the answer and deleted as they are found (lazily).
 */
public final class CartStore {

  private final Pool pool;
  private final CartRepository lines;
  private final ProductCopyRepository products;
  private final String currency;
  private final Clock clock;

  public CartStore(Pool pool, CartRepository lines, ProductCopyRepository products, String currency, Clock clock) {
    this.pool = pool;
    this.lines = lines;
    this.products = products;
    this.currency = currency;
    this.clock = clock;
  }

  public Future<Cart> view(UUID customer) {
    return current(pool, customer);
  }

  /**
   * Sets how many of a product the cart holds; fails with {@link UnknownProduct} for a product that cannot be
   * sold and with {@code CartRejected} when the cart would grow too large (then nothing changes).
   */
  public Future<Cart> put(UUID customer, UUID product, int quantity) {
    return Transactions.run(pool, tx -> lines.lock(tx, customer)
        .compose(locked -> products.find(tx, product))
        .compose(found -> found.filter(p -> p.sellableIn(currency)).isPresent()
            ? lines.set(tx, customer, product, quantity, clock.instant().truncatedTo(ChronoUnit.MICROS))
            : Future.failedFuture(new UnknownProduct(product)))
        .compose(set -> current(tx, customer))
        .map(cart -> {
          CartRules.checkSize(cart);
          return cart;
        }));
  }

  /** Removes the product's line, if there is one, and answers the cart. */
  public Future<Cart> remove(UUID customer, UUID product) {
    return Transactions.run(pool, tx -> lines.lock(tx, customer)
        .compose(locked -> lines.remove(tx, customer, List.of(product)))
        .compose(removed -> current(tx, customer)));
  }

  /** Takes what an order from the cart bought out of the customer's cart, in the caller's transaction. */
  public Future<Void> takeOrdered(SqlConnection tx, UUID customer, Map<UUID, Integer> ordered) {
    return lines.lock(tx, customer)
        .compose(locked -> lines.quantities(tx, customer, ordered.keySet()))
        .compose(inCart -> {
          Map<UUID, Integer> left = new TreeMap<>();
          List<UUID> gone = new ArrayList<>();
          inCart.forEach((product, quantity) -> {
            OptionalInt after = CartRules.afterOrder(quantity, ordered.get(product));
            if (after.isPresent()) {
              left.put(product, after.getAsInt());
            } else {
              gone.add(product);
            }
          });
          return lines.setQuantities(tx, customer, left).compose(v -> lines.remove(tx, customer, gone));
        });
  }

  /** The cart priced now; the lines of discontinued products it found are deleted on the way. */
  private Future<Cart> current(SqlClient client, UUID customer) {
    return lines.lines(client, customer).compose(stored -> {
      Cart cart = Cart.of(stored, currency);
      return lines.remove(client, customer, cart.dropped()).map(cart);
    });
  }
}
