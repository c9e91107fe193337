package org.lastmile.app.cli;

import org.lastmile.app.wiring.Wiring;
import picocli.CommandLine;

/** The sub-commands of {@code lastmile}, one line each. */
final class Commands {

    private Commands() {
    }

    static void register(CommandLine root, GlobalOptions options, Wiring wiring) {
        root.addSubcommand(CasesCommand.create(options, wiring));
        root.addSubcommand(AuditCommand.create(options, wiring));
        root.addSubcommand(BackupCommand.create(options, wiring));
        root.addSubcommand(StoreCheckCommand.create(options, wiring));
        root.addSubcommand(RecordCommand.create(options, wiring));
        root.addSubcommand(DocCommand.create(options, wiring));
        root.addSubcommand(SurveyCommand.create(options));
        root.addSubcommand(GnssCommand.create(options));
        root.addSubcommand(new ImportCommand(options));
        root.addSubcommand(new ExportCommand(options));
        root.addSubcommand(SketchCliCommand.create(options, wiring));
    }
}
