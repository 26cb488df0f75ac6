package org.bazaar.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AccessTest {

  @Test
  void publicOperations_needNoRole() {
    assertThat(Access.PUBLIC.needsToken()).isFalse();
    assertThat(Access.PUBLIC.allows(List.of())).isTrue();
  }

  @Test
  void signedIn_acceptsCustomersAndAdmins_butNoRoleAtAll() {
    assertThat(Access.SIGNED_IN.allows(List.of("customer"))).isTrue();
    assertThat(Access.SIGNED_IN.allows(List.of("admin"))).isTrue();
    assertThat(Access.SIGNED_IN.allows(List.of())).isFalse();
    assertThat(Access.SIGNED_IN.allows(List.of("guest"))).isFalse();
  }

  @Test
  void optionalToken_letsAnyoneIn() {
    assertThat(Access.OPTIONAL_TOKEN.needsToken()).isFalse();
    assertThat(Access.OPTIONAL_TOKEN.allows(List.of())).isTrue();
  }

  @Test
  void customer_needsTheCustomerRole() {
    assertThat(Access.CUSTOMER.allows(List.of("customer"))).isTrue();
    assertThat(Access.CUSTOMER.allows(List.of("admin", "customer"))).isTrue();
    assertThat(Access.CUSTOMER.allows(List.of("admin"))).isFalse();
  }

  @Test
  void admin_isForAdminsOnly() {
    assertThat(Access.ADMIN.allows(List.of("customer"))).isFalse();
    assertThat(Access.ADMIN.allows(List.of("customer", "admin"))).isTrue();
    assertThat(Access.ADMIN.allows(List.of("Admin"))).isFalse();
  }

  @Test
  void rolesClaim_isReadAsListOrString_andTravelsCommaSeparated() {
    assertThat(Roles.fromClaim(List.of("customer", "admin"))).containsExactly("customer", "admin");
    assertThat(Roles.fromClaim("customer admin")).containsExactly("customer", "admin");
    assertThat(Roles.fromClaim(42)).isEmpty();
    assertThat(Roles.fromClaim(null)).isEmpty();
    assertThat(Roles.header(List.of("customer", " admin ", "", "a,b", "customer"))).isEqualTo("customer,admin");
  }
}
