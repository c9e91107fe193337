package org.lastmile.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.lastmile.common.Echo;
import org.lastmile.common.LocalizedException;
import org.lastmile.common.MessageKeyed;
import org.lastmile.i18n.Messages;
import org.lastmile.survey.crs.ZoneWarning;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the survey sub-commands: output streams, messages, JSON and number parsing. */
@picocli.CommandLine.Command
abstract class SurveySubcommand {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    final GlobalOptions options;

    SurveySubcommand(GlobalOptions options) {
        this.options = options;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Messages messages() {
        return options.messages();
    }

    /** Prints a keyed warning or note as one localized line on stderr. */
    void warn(MessageKeyed warning) {
        err().println(messages().get(warning));
    }

    /** A number given for an option; a localized error naming the option otherwise. */
    static double number(String option, String text) {
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LocalizedException("survey.cli.error.badNumber", option, new Echo(text));
    }

    /** A point written {@code x,y} (or {@code x y}) for an option. */
    static double[] point(String option, String text) {
        String[] parts = text.strip().split("\\s*[,\\s]\\s*");
        if (parts.length != 2) {
            throw new LocalizedException("survey.cli.error.badPoint", option, new Echo(text));
        }
        try {
            return new double[] {number(option, parts[0]), number(option, parts[1])};
        } catch (LocalizedException e) {
            throw new LocalizedException("survey.cli.error.badPoint", option, new Echo(text));
        }
    }

    /** The zone warnings as JSON: code, point number, longitude, latitude, offset and limit. */
    static ArrayNode warningsJson(List<ZoneWarning> warnings) {
        ArrayNode array = MAPPER.createArrayNode();
        for (ZoneWarning w : warnings) {
            ObjectNode n = array.addObject();
            n.put("code", w.code().name().toLowerCase(Locale.ROOT));
            n.put("point", w.index() + 1);
            n.put("lon", w.point().lon());
            n.put("lat", w.point().lat());
            n.put("offset_deg", w.offsetDeg());
            n.put("limit_deg", w.limitDeg());
        }
        return array;
    }
}
