package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.app.WindowOptions;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top of the command line. With no command it opens the window; the commands work without
 * a window or display, for scripts, feeds and scheduled reports.
 */
@Command(name = "roaddesk", mixinStandardHelpOptions = true, version = "RoadDesk 0.1",
        description = {"RoadDesk 恶劣天气道路交通应急值守台 — severe-weather road traffic emergency desk.",
                "With no command, opens the window. 不带命令时打开窗口。"},
        subcommands = {EvaluateCommand.class, LogCommand.class, BackupCommand.class, RestoreCommand.class,
                ReportCommand.class, ImportCommand.class, LevelCommand.class, UserCommand.class,
                UpperLevelCommand.class, MigrateToCommand.class})
public final class RoadDeskCommand implements Callable<Integer> {

    /** What to do when no command is given; the launcher passes the window here. */
    private final Consumer<WindowOptions> openWindow;

    @Option(names = "--lang", paramLabel = "zh|en", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "language of messages: zh (default) or en; the window remembers the language chosen in its settings")
    private String language;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = {"data directory (database and backups); default: $ROADDESK_DATA_DIR, else ~/.roaddesk "
                    + "(Windows %%APPDATA%%\\RoadDesk, macOS ~/Library/Application Support/RoadDesk)",
                    "数据目录；默认取环境变量 ROADDESK_DATA_DIR，否则为系统约定的位置"})
    private String dataDir;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = {"a PostgreSQL server shared by several seats, e.g. jdbc:postgresql://host:5432/roaddesk; "
                    + "default: database.url in roaddesk.properties in the data directory, else the embedded database. "
                    + "The role comes from $ROADDESK_DB_USER and $ROADDESK_DB_PASSWORD (or that file), never from here",
                    "多个席位共用的 PostgreSQL 服务器；默认取数据目录中 roaddesk.properties 的 database.url，否则用内置数据库。"
                            + "登录角色取自环境变量 ROADDESK_DB_USER、ROADDESK_DB_PASSWORD（或该文件），不能写在命令行上"})
    private String db;

    public RoadDeskCommand(Consumer<WindowOptions> openWindow) {
        this.openWindow = openWindow;
    }

    /** The --data-dir given on the command line, or null. */
    public String dataDirOption() {
        return dataDir;
    }

    /** The --db given on the command line, or null. */
    public String dbOption() {
        return db;
    }

    Messages messages() {
        return Messages.forLanguageTag(language);
    }

    @Override
    public Integer call() {
        openWindow.accept(new WindowOptions(dataDir, language, db));
        return 0;
    }
}
