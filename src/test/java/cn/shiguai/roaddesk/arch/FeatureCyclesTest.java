package cn.shiguai.roaddesk.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Features depend one way. Each top-level package under cn.shiguai.roaddesk (with its ui and
 * store subpackages) is a slice; no slice may reach itself through others. The window (desk)
 * and the commands (cli) sit on top of the composition root (app), which sits on the features;
 * the situation sits below the features that show it, reached through the ports it owns.
 */
@AnalyzeClasses(packages = "cn.shiguai.roaddesk", importOptions = ImportOption.DoNotIncludeTests.class)
class FeatureCyclesTest {

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("cn.shiguai.roaddesk.(*)..")
            .should().beFreeOfCycles()
            .because("a feature that depends on one that depends on it cannot be understood, tested or changed alone");
}
