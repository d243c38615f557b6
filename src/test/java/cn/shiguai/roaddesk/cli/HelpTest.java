package cn.shiguai.roaddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every command explains itself with --help, and the top level lists them all. */
class HelpTest {

    @Test
    void theTopLevelListsEveryCommand() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.status());
        for (String command : new String[] {"evaluate", "log", "backup", "restore", "user"}) {
            assertTrue(run.out().contains(command), command + " missing from:\n" + run.out());
        }
    }

    @ParameterizedTest(name = "{0} --help")
    @CsvSource({"evaluate,FILE", "log,verify", "log add,TEXT", "log list,--format", "log verify,Recompute", "backup,FILE",
            "restore,FILE", "user,passwd", "user add,--role", "user list,state", "user passwd,NAME", "user disable,NAME",
            "user unlock,NAME"})
    void everyCommandHasHelp(String command, String mentioned) {
        String[] args = (command + " --help").split(" ");
        CliRun run = CliRun.of(args);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains(mentioned), run.out());
    }
}
