package org.bazaar.orders;

/** Something that happened to an order: an event from inventory or payments, or its deadline passing. */
public enum SagaInput {
  STOCK_RESERVED,
  STOCK_REJECTED,
  PAYMENT_AUTHORIZED,
  /** The provider said no (payment.declined with reason DECLINED). */
  PAYMENT_DECLINED,
  /** The provider could not be reached after every retry (payment.declined with reason PROVIDER_UNAVAILABLE). */
  PAYMENT_UNAVAILABLE,
  DEADLINE_PASSED
}
