package org.lastmile.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * No cycle between a package and its sub-packages in the store, the services and the composition
 * root: every package of these is a slice of its own ({@code store} apart from {@code store.audit},
 * {@code app} apart from {@code app.cli}). The project-wide rule for every package level covers
 * these too; this one keeps the three layers honest on their own.
 */
@AnalyzeClasses(packages = {"org.lastmile.store", "org.lastmile.service", "org.lastmile.app"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class StoreAndAppCyclesTest {

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.lastmile.(**)").should().beFreeOfCycles();
}
