package org.bazaar.orders;

/** The event a transition asks the orders service to publish. */
public enum SagaEffect {
  /** payment.requested: charge the customer. */
  REQUEST_PAYMENT,
  /** order.confirmed: inventory commits the reservation. */
  CONFIRM,
  /** order.cancelled: inventory releases any reservation, payments stops. */
  CANCEL
}
