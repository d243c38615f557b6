package cn.shiguai.roaddesk.report.doc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The document model is what report assembly depends on; it must stay free of any output technology. */
class DocumentModelArchitectureTest {

    @Test
    void documentModelKnowsNothingOfPdfUiOrDatabase() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.shiguai.roaddesk.report.doc");
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.sql..", "org.apache.pdfbox..", "org.apache.fontbox..", "java.awt..",
                        "cn.shiguai.roaddesk.report.pdf..")
                .check(classes);
    }
}
