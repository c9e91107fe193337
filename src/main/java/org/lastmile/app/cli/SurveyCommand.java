package org.lastmile.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code lastmile survey project|area|split|stakeout|adjust}: coordinates, areas, division and
 * stake-out of parcels, and the adjustment of a site's measurements (package
 * {@code org.lastmile.survey}). Further survey sub-commands are added in {@link #create}.
 */
@Command(name = "survey", mixinStandardHelpOptions = true)
final class SurveyCommand extends ParentCommand {

    static CommandLine create(GlobalOptions options) {
        CommandLine cmd = new CommandLine(new SurveyCommand());
        cmd.addSubcommand(new SurveyProjectCommand(options));
        cmd.addSubcommand(new SurveyAreaCommand(options));
        cmd.addSubcommand(new SurveySplitCommand(options));
        cmd.addSubcommand(new SurveyStakeoutCommand(options));
        cmd.addSubcommand(new SurveyAdjustCommand(options));
        return cmd;
    }
}
