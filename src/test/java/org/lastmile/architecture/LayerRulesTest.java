package org.lastmile.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of DESIGN.md ("Packages and who may use whom"). */
@AnalyzeClasses(packages = "org.lastmile", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule surveyAndGnssAreLibraries = noClasses()
            .that().resideInAnyPackage("org.lastmile.survey..", "org.lastmile.gnss..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.lastmile.domain..", "org.lastmile.store..", "org.lastmile.ui..",
                    "org.lastmile.app..", "org.lastmile.docs..", "org.lastmile.sync..",
                    "org.lastmile.server..", "org.lastmile.i18n..", "java.sql..", "javafx..")
            .because("survey and gnss know nothing of cases, storage or screens");

    @ArchTest
    static final ArchRule surveyDoesNotUseGnss = noClasses()
            .that().resideInAPackage("org.lastmile.survey..")
            .should().dependOnClassesThat().resideInAPackage("org.lastmile.gnss..")
            .because("gnss may use survey, never the other way round: one direction between the two libraries");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses()
            .that().resideInAPackage("org.lastmile.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.sql..", "org.lastmile.store..", "org.lastmile.ui..",
                    "org.lastmile.app..", "org.lastmile.sync..", "org.lastmile.server..", "org.lastmile.docs..");

    @ArchTest
    static final ArchRule nothingUsesTheUi = noClasses()
            .that().resideOutsideOfPackages("org.lastmile.ui..", "org.lastmile.app..")
            .should().dependOnClassesThat().resideInAPackage("org.lastmile.ui..");

    @ArchTest
    static final ArchRule nothingUsesTheApp = noClasses()
            .that().resideOutsideOfPackage("org.lastmile.app..")
            .should().dependOnClassesThat().resideInAPackage("org.lastmile.app..");

    @ArchTest
    static final ArchRule screensGoThroughServices = noClasses()
            .that().resideInAPackage("org.lastmile.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.lastmile.store..")
            .because("screens reach data through org.lastmile.service, where the rules live once");

    @ArchTest
    static final ArchRule servicesServeTheScreens = noClasses()
            .that().resideInAPackage("org.lastmile.service..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.lastmile.ui..", "org.lastmile.app..", "javafx..")
            .because("the command line and the sync engine use the same services without a screen");

    @ArchTest
    static final ArchRule documentsRenderWithoutScreensOrStore = noClasses()
            .that().resideInAPackage("org.lastmile.docs..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.lastmile.ui..", "org.lastmile.app..", "org.lastmile.store..", "org.lastmile.sync..",
                    "org.lastmile.server..", "javafx..", "java.sql..")
            .because("documents render from domain objects (read through org.lastmile.service), without a screen");

    @ArchTest
    static final ArchRule sketchDrawingsWithoutScreensOrStore = noClasses()
            .that().resideInAPackage("org.lastmile.sketch..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.lastmile.ui..", "org.lastmile.app..", "org.lastmile.store..", "org.lastmile.service..",
                    "org.lastmile.sync..", "org.lastmile.server..", "javafx..", "java.sql..")
            .because("the screen and the exports draw the same layout from domain objects (issue 12)");

    @ArchTest
    static final ArchRule onlyScreensTouchJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.lastmile.ui..", "org.lastmile.app..", "org.lastmile.i18n..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule i18nUsesOnlyJavaFxBeans = noClasses()
            .that().resideInAPackage("org.lastmile.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx.scene..", "javafx.stage..", "javafx.application..", "javafx.fxml..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.lastmile.(*)..").should().beFreeOfCycles();

    /**
     * Every package is a slice of its own, at every depth: a parent and its sub-package, or two
     * sibling sub-packages, may not use each other both ways either.
     */
    @ArchTest
    static final ArchRule noCyclesAtAnyLevel = slices().matching("org.lastmile.(**)")
            .namingSlices("$1")
            .should().beFreeOfCycles();
}
