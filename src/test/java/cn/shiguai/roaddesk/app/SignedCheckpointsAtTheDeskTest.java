package cn.shiguai.roaddesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.access.Actor;
import cn.shiguai.roaddesk.access.Role;
import cn.shiguai.roaddesk.common.db.DataDirectory;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.dutylog.LogEntry;
import cn.shiguai.roaddesk.dutylog.signed.Checkpoint;
import cn.shiguai.roaddesk.dutylog.signed.CheckpointCheck;
import cn.shiguai.roaddesk.dutylog.signed.Checkpoints;
import cn.shiguai.roaddesk.report.DocumentKind;
import cn.shiguai.roaddesk.report.issue.Drafted;
import cn.shiguai.roaddesk.report.issue.PdfText;
import cn.shiguai.roaddesk.report.store.IssuedDocument;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.users.Sessions;
import cn.shiguai.roaddesk.users.TestUsers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 6 at the desk: the key is unlocked by the sign-in (its making logged), an issued
 * document prints the checkpoint signed for it in its footer, and the handover can write one.
 */
class SignedCheckpointsAtTheDeskTest {
    private static final RuleSet RULES = new RuleSetLoader().loadDefault();
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theDirectorSigningInSignsTheDocumentSheIssuesAndItsFooterShowsIt() {
        try (Database db = Database.open(DataDirectory.of(dir), clock);
             Office office = Office.onCallingThread(db, RULES, clock)) {
            Sessions sessions = office.sessions();
            sessions.lockUntilSignIn();
            sessions.beginDesk("admin", "管理员的密码很长很长".toCharArray(), "王海燕", "王海燕的密码也够长了".toCharArray());
            List<LogEntry> day = office.stores().log().day(DAY);
            assertTrue(day.stream().anyMatch(e -> e.text().startsWith("值班员 王海燕 的签名密钥已生成，密钥编号 ")),
                    "the officer's key was made at her first sign-in, and logged");
            Checkpoints checkpoints = office.checkpoints().orElseThrow();
            assertEquals("王海燕", checkpoints.keys().signer().orElseThrow());

            TestUsers.users(db, office.stores().log(), () -> office.roster().roster())
                    .add("刘雪峰", Role.DIRECTOR, "刘雪峰", "刘雪峰的密码足够长了".toCharArray(), Actor.system());
            var handover = assertInstanceOf(Sessions.Outcome.Handover.class,
                    sessions.signIn("刘雪峰", "刘雪峰的密码足够长了".toCharArray()));
            assertEquals("王海燕", checkpoints.keys().signer().orElseThrow(), "nobody else signs before the handover");
            sessions.confirmHandover(handover.to(), "");
            assertEquals("刘雪峰", checkpoints.keys().signer().orElseThrow());

            Drafted drafted = office.documents().draft(DocumentKind.DAILY_REPORT, DAY, "王海燕");
            IssuedDocument issued = office.documents().issue(drafted, drafted.draft().texts(), "刘雪峰");
            CheckpointCheck check = checkpoints.verify();
            assertTrue(check.intact());
            Checkpoint signed = check.newestHolding().orElseThrow();
            assertEquals(Checkpoint.Reason.DOCUMENT, signed.reason());
            assertEquals("道路交通情况日报 " + issued.documentNumber().issueLabel(), signed.note());
            String text = PdfText.joined(issued.pdf());
            assertTrue(text.contains("值班日志共 " + signed.entries() + " 条"), text);
            assertTrue(text.contains("签名检查点：刘雪峰（密钥 " + signed.keyId() + "）签名 " + signed.shortSignature()),
                    text);

            Checkpoint atHandover = checkpoints.write(Checkpoint.Reason.HANDOVER, "刘雪峰交班给王海燕").orElseThrow();
            assertEquals(signed.entries() + 1, atHandover.entries(), "the document's own entry came after its checkpoint");
            assertEquals(2, checkpoints.verify().findings().size());
        }
    }
}
