package org.bazaar.loadgen.scenario;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The shop the scenarios run against: its address, the products made for the run and signed-in customers. */
public record Shop(Target target, List<String> productIds, List<String> searchWords, List<String> customerTokens) {

  String anyProduct() {
    return productIds.get(ThreadLocalRandom.current().nextInt(productIds.size()));
  }

  String anySearchWord() {
    return searchWords.get(ThreadLocalRandom.current().nextInt(searchWords.size()));
  }

  String anyCustomer() {
    return customerTokens.get(ThreadLocalRandom.current().nextInt(customerTokens.size()));
  }
}
