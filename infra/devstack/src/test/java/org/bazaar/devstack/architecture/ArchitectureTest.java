package org.bazaar.devstack.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of ARCHITECTURE.md that a compiler cannot check, checked over every service's main code. */
@AnalyzeClasses(packages = "org.bazaar", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] SERVICES = {"identity", "catalog", "inventory", "cart", "orders", "payments",
      "notifications", "reviews", "recommendations", "edge"};

  @ArchTest
  static final ArchRule servicesNeverDependOnEachOther = slices()
      .matching("org.bazaar.(identity|catalog|inventory|cart|orders|payments|notifications|reviews|recommendations|edge)..")
      .should().notDependOnEachOther();

  @ArchTest
  static final ArchRule servicesNeverBlockTheEventLoop = noClasses()
      .that().resideInAnyPackage(servicePackages())
      .should().callMethod(Thread.class, "sleep", long.class)
      .orShould().accessClassesThat().haveFullyQualifiedName("java.sql.DriverManager")
      .orShould().callMethod(java.util.concurrent.CompletableFuture.class, "join")
      .orShould().callMethod(java.util.concurrent.CompletableFuture.class, "get")
      .orShould().callMethodWhere(calling("await", io.vertx.core.Future.class))
      .because("verticles must never block an event loop (ARCHITECTURE rule 1)");

  @ArchTest
  static final ArchRule servicesUseThePlatformNotKafkaProducersOfTheirOwn = noClasses()
      .that().resideInAnyPackage(servicePackages())
      .should().dependOnClassesThat().haveFullyQualifiedName("io.vertx.kafka.client.producer.KafkaProducer")
      .because("events leave a service only through its transactional outbox");

  @ArchTest
  static final ArchRule servicesOpenTransactionsThroughThePlatform = noClasses()
      .that().resideInAnyPackage(servicePackages())
      .should().callMethodWhere(calling("withTransaction", io.vertx.sqlclient.Pool.class))
      .because("Transactions.run sends BEGIN with the transaction's first statement, a round trip fewer (ADR 0018)");

  /** A call of the method {@code name} on {@code owner} or any type assignable to it. */
  private static DescribedPredicate<JavaCall<?>> calling(String name, Class<?> owner) {
    return JavaCall.Predicates.target(HasName.Predicates.name(name))
        .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(owner))));
  }

  private static String[] servicePackages() {
    String[] packages = new String[SERVICES.length];
    for (int i = 0; i < SERVICES.length; i++) {
      packages[i] = "org.bazaar." + SERVICES[i] + "..";
    }
    return packages;
  }
}
