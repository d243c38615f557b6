package cn.shiguai.roaddesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The roster, the measure catalogue, the decision authority and report assembly are pure Java,
 * like the rules engine: the screens, the store, the reports and the command line all use them.
 * Only the packages themselves are held to it (exact names, no ".."), so their ui and store
 * subpackages may use the toolkit and the database, and the report's pdf and print subpackages
 * their output technology.
 */
@AnalyzeClasses(packages = "cn.shiguai.roaddesk", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

    @ArchTest
    static final ArchRule domainUsesNoToolkitAndNoDatabase = noClasses()
            .that().resideInAnyPackage("cn.shiguai.roaddesk.roster", "cn.shiguai.roaddesk.measures",
                    "cn.shiguai.roaddesk.response", "cn.shiguai.roaddesk.report")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..", "org.controlsfx..")
            .because("roster, measures, decision authority and report assembly must run without a display or a database");

    @ArchTest
    static final ArchRule reportAssemblyKnowsNoOutputTechnology = noClasses()
            .that().resideInAPackage("cn.shiguai.roaddesk.report")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..", "java.awt..",
                    "javax.imageio..", "cn.shiguai.roaddesk.report.pdf..", "cn.shiguai.roaddesk.report.print..",
                    "cn.shiguai.roaddesk.common.fx..", "cn.shiguai.roaddesk.dutylog..", "cn.shiguai.roaddesk.common.db..",
                    "..ui..")
            .because("documents are assembled from data into the document model; printing them is another layer's job,"
                    + " and the store hands the data in rather than being read from here");

    @ArchTest
    static final ArchRule domainDependsOnNoOuterLayer = noClasses()
            .that().resideInAnyPackage("cn.shiguai.roaddesk.roster", "cn.shiguai.roaddesk.measures",
                    "cn.shiguai.roaddesk.response")
            .should().dependOnClassesThat().resideInAnyPackage("cn.shiguai.roaddesk.cli..", "cn.shiguai.roaddesk.weather..",
                    "cn.shiguai.roaddesk.dutylog..", "cn.shiguai.roaddesk.common.db..", "cn.shiguai.roaddesk.common.fx..",
                    "..ui..")
            .because("the domain is an inner layer: screens and stores depend on it, not the other way");

    @ArchTest
    static final ArchRule rosterKnowsNothingOfMeasuresOrDecisions = noClasses()
            .that().resideInAPackage("cn.shiguai.roaddesk.roster")
            .should().dependOnClassesThat().resideInAnyPackage("cn.shiguai.roaddesk.measures..",
                    "cn.shiguai.roaddesk.response..")
            .because("positions and people come first; measures and decisions refer to them");
}
