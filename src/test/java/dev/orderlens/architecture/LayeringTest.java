package dev.orderlens.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape the README's code layout promises: features side by side, each with api, application,
 * domain and infrastructure; a domain free of the container; no cycle between features.
 */
@AnalyzeClasses(packages = "dev.orderlens", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  @ArchTest
  static final ArchRule domainKnowsNoContainer =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.enterprise..",
              "jakarta.inject..",
              "jakarta.transaction..",
              "jakarta.persistence..",
              "jakarta.ws.rs..",
              "jakarta.ejb..",
              "org.eclipse.microprofile..")
          .because("domain holds entities, values, pure policies and ports");

  @ArchTest
  static final ArchRule domainKnowsNoOuterLayer =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..application..", "..infrastructure..", "..api..");

  @ArchTest
  static final ArchRule applicationKnowsNoAdapter =
      noClasses()
          .that()
          .resideInAPackage("..application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..infrastructure..", "..api..");

  @ArchTest
  static final ArchRule resourcesCallTheApplication =
      noClasses()
          .that()
          .resideInAPackage("..api..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..infrastructure..")
          .because("a resource is thin: it calls a use case and maps its own DTOs");

  @ArchTest
  static final ArchRule featuresHaveNoCycle =
      slices().matching("dev.orderlens.(*)..").should().beFreeOfCycles();
}
