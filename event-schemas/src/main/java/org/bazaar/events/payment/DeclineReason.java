package org.bazaar.events.payment;

/** Why a payment failed: the provider said no, or could not be reached after every retry. */
public enum DeclineReason {
  DECLINED,
  PROVIDER_UNAVAILABLE
}
