package cn.shiguai.roaddesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules engine is pure Java: the window, the command line and the reports share it. */
@AnalyzeClasses(packages = "cn.shiguai.roaddesk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule rulesUseNoToolkitAndNoDatabase = noClasses()
            .that().resideInAPackage("cn.shiguai.roaddesk.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..", "org.controlsfx..")
            .because("the rules engine must run without a display or a database");

    @ArchTest
    static final ArchRule rulesDependOnNothingElseOfTheApp = noClasses()
            .that().resideInAPackage("cn.shiguai.roaddesk.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.shiguai.roaddesk.cli..", "cn.shiguai.roaddesk.weather..",
                    "cn.shiguai.roaddesk.response..", "cn.shiguai.roaddesk.dutylog..", "cn.shiguai.roaddesk.common.db..",
                    "cn.shiguai.roaddesk.common.fx..")
            .because("the engine is the innermost layer");

    @ArchTest
    static final ArchRule commandsDoNotUseTheToolkit = noClasses()
            .that().resideInAPackage("cn.shiguai.roaddesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("commands run on machines without a display");
}
