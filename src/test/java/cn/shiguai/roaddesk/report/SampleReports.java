package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.common.fx.SameThreadTaskRunner;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.signed.Checkpoints;
import cn.shiguai.roaddesk.dutylog.signed.SigningKeys;
import cn.shiguai.roaddesk.report.doc.ReportDocument;
import cn.shiguai.roaddesk.report.issue.DocumentService;
import cn.shiguai.roaddesk.report.issue.Drafted;
import cn.shiguai.roaddesk.report.pdf.PdfPageImages;
import cn.shiguai.roaddesk.tools.SampleReadings;
import cn.shiguai.roaddesk.ui.TestDesk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents as issued on a realistic day. {@link #documents()} assembles them from the fixed
 * {@link SampleSituation}, for the PDF tests; {@link #main} writes the samples of
 * {@code docs/reports/} (or the folder given) from a database filled through the services, the
 * PDF and a PNG of its first page, for people to look at. Run after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:<test class path> cn.shiguai.roaddesk.report.SampleReports}.
 */
public final class SampleReports {
    static final Clock ISSUE_CLOCK = Clock.fixed(SampleSituation.instant(SampleSituation.at(12, 18, 30)),
            SampleSituation.DISTRICT);
    private static final float PNG_DPI = 100;

    private SampleReports() {
    }

    /** Each sample by file name, as issued on the sample day. */
    static Map<String, ReportDocument> documents() {
        Reports reports = new Reports(SampleSituation.context());
        SituationSnapshot snapshot = SampleSituation.snapshot();
        Map<String, ReportDocument> documents = new LinkedHashMap<>();
        documents.put("daily-report", reports.assemble(DocumentKind.DAILY_REPORT, snapshot,
                issued(DocumentKind.DAILY_REPORT, 3)));
        documents.put("warning-notice", reports.assemble(DocumentKind.WARNING_NOTICE,
                snapshot.withWarnings(SampleSituation.signals()),
                issued(DocumentKind.WARNING_NOTICE, 2)));
        documents.put("public-bulletin", reports.assemble(DocumentKind.PUBLIC_BULLETIN, snapshot,
                issued(DocumentKind.PUBLIC_BULLETIN, 5)));
        documents.put("superior-report", reports.assemble(DocumentKind.SUPERIOR_REPORT, snapshot,
                issued(DocumentKind.SUPERIOR_REPORT, 1)));
        documents.put("review-checklist", reports.reviewChecklist(snapshot));
        return documents;
    }

    static Issuance issued(DocumentKind kind, int number) {
        return Issuance.issued(SampleSituation.DAY, DocumentNumber.first(kind, 2026, number));
    }

    /** The evening handover: 王海燕 writes the summary, 赵晓东 acknowledges each open item; the sheet as filed. */
    private static byte[] handover(TestDesk desk, Checkpoints checkpoints) {
        var office = desk.office();
        office.seat().signIn(new cn.shiguai.roaddesk.access.Actor("王海燕", cn.shiguai.roaddesk.access.Role.DUTY_OFFICER));
        var note = office.handovers().handOver("五当召旅游公路 K12 弯道临时管制仍在执行，交警大队 19 时前回报通行情况；"
                + "白狐沟积雪 21 时复测。三级响应措施中区交通运输局除雪作业进行中。");
        office.seat().lock();
        // The incoming officer, signed in, signs the checkpoint of the sheet.
        checkpoints.keys().unlock("赵晓东", "仅为样张生成的签名密码".toCharArray());
        checkpoints.keys().use("赵晓东");
        office.handovers().takeOver(new cn.shiguai.roaddesk.access.Actor("赵晓东", cn.shiguai.roaddesk.access.Role.DUTY_OFFICER),
                java.util.Optional.of(note), office.handovers().openItems(), "");
        long id = office.documents().list().stream().filter(d -> d.kind() == DocumentKind.HANDOVER_SHEET)
                .findFirst().orElseThrow().id();
        office.seat().signIn(cn.shiguai.roaddesk.access.Actor.system());
        return office.documents().get(id).pdf();
    }

    /**
     * Writes the samples from real data: a fresh in-memory database filled through the services
     * with the cold spell of {@link SampleReadings} (as the screenshots use), each kind drafted and
     * issued through the {@link DocumentService} at 18:30 of the sample day, and the leaders'
     * checklist. The PDF written is the one stored; the PNG is its first page.
     */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "docs/reports");
        Files.createDirectories(folder);
        LocalDate day = LocalDate.of(2026, 1, 12);
        Clock evening = Clock.fixed(Instant.parse("2026-01-12T10:30:00Z"), ZoneOffset.UTC);
        try (TestDesk desk = new TestDesk(evening, new SameThreadTaskRunner(), Messages.chinese(), "王海燕")) {
            SampleReadings.fill(desk.office().readings(), day);
            SampleReadings.respond(desk.office(), day, desk.stores().log());
            // The city's orange 道路结冰 signal of that morning, as the inbox would take it: the sample
            // file moved to the sample day, so the notice shows the signals in force (§七(三)).
            try (var in = SampleReports.class.getResourceAsStream("/samples/cap/road-icing-orange.cap")) {
                String cap = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("2026-12-02", "2026-01-12").replace("2026-12-03", "2026-01-13");
                desk.office().fileImports().importFile("road-icing-orange.cap",
                        cap.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        cn.shiguai.roaddesk.inputs.StationImport.Channel.INBOX, "系统");
            }
            DocumentService documents = desk.office().documents();
            // The in-memory desk has no data directory: its keys and checkpoint file go to a scratch folder,
            // so each footer shows the checkpoint signed for it by the officer who issues it.
            Path scratch = Files.createTempDirectory("roaddesk-samples");
            Checkpoints checkpoints = new Checkpoints(desk.office().database(), desk.stores().log(),
                    new SigningKeys(scratch.resolve("keys"), evening), scratch.resolve("backups"), evening);
            // The issuer signs: the director who 签发 each sample.
            checkpoints.keys().unlock("刘雪峰", "仅为样张生成的签名密码".toCharArray());
            checkpoints.keys().use("刘雪峰");
            documents.signCheckpointsWith(checkpoints);
            Map<String, byte[]> samples = new LinkedHashMap<>();
            for (Map.Entry<String, DocumentKind> kind : List.of(Map.entry("daily-report", DocumentKind.DAILY_REPORT),
                    Map.entry("warning-notice", DocumentKind.WARNING_NOTICE),
                    Map.entry("public-bulletin", DocumentKind.PUBLIC_BULLETIN),
                    Map.entry("superior-report", DocumentKind.SUPERIOR_REPORT))) {
                Drafted drafted = documents.draft(kind.getValue(), day, "王海燕");
                // Drafted (拟稿) by the officer on duty, issued (签发) by the office's director.
                samples.put(kind.getKey(), documents.issue(drafted, drafted.draft().texts(), "刘雪峰").pdf());
            }
            samples.put("review-checklist", documents.renderChecklist("王海燕"));
            samples.put("handover-sheet", handover(desk, checkpoints));
            for (Map.Entry<String, byte[]> sample : samples.entrySet()) {
                byte[] pdf = sample.getValue();
                Files.write(folder.resolve(sample.getKey() + ".pdf"), pdf);
                Files.write(folder.resolve(sample.getKey() + ".png"), PdfPageImages.renderPng(pdf, 0, PNG_DPI));
                System.out.printf("%s: %d pages, %d KB%n", sample.getKey(), PdfPageImages.pageCount(pdf), pdf.length / 1024);
            }
            documents.fonts().close();
            try (var left = Files.walk(scratch)) {
                for (Path p : left.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
