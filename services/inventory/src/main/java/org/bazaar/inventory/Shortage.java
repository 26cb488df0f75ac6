package org.bazaar.inventory;

/** One SKU an order cannot get: how many it asked for and how many were available (0 for an unknown SKU). */
public record Shortage(String sku, int requested, int available) {
}
