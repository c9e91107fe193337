package org.lastmile.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.deadline.CaseDeadlines;
import org.lastmile.domain.deadline.Deadline;
import org.lastmile.domain.deadline.DeadlineEngine;
import org.lastmile.i18n.Countdown;
import org.lastmile.i18n.Messages;

/** Prints cases as the JSON array of the command line, or as localized lines for people. */
final class CaseOutput {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final DeadlineEngine deadlines;
    private final LocalDate today;

    CaseOutput(DeadlineEngine deadlines, LocalDate today) {
        this.deadlines = deadlines;
        this.today = today;
    }

    void json(List<EnforcementCase> cases, PrintWriter out) throws java.io.IOException {
        ArrayNode array = mapper.createArrayNode();
        for (EnforcementCase c : cases) {
            array.add(json(c));
        }
        out.println(mapper.writeValueAsString(array));
    }

    private ObjectNode json(EnforcementCase c) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", c.id().toString());
        n.put("case_number", c.number().toString());
        n.put("title", titleText(c));
        n.put("cause_zh", c.causeZh());
        n.put("cause_bo", c.causeBo());
        n.put("court", c.number().court().nameZh());
        n.put("status", c.status().name().toLowerCase(java.util.Locale.ROOT));
        n.put("filing_date", c.filingDate().toString());
        n.put("demo", c.demo());
        ArrayNode parties = n.putArray("parties");
        for (Party p : c.parties()) {
            ObjectNode pn = parties.addObject();
            pn.put("id", p.id().toString());
            pn.put("role", p.role().name().toLowerCase(java.util.Locale.ROOT));
            pn.put("name_zh", p.nameZh());
            pn.put("name_bo", p.nameBo());
            pn.put("language", p.language().name().toLowerCase(java.util.Locale.ROOT));
        }
        CaseDeadlines d = deadlines.evaluate(c, today);
        n.put("urgency", d.urgency().name().toLowerCase(java.util.Locale.ROOT));
        d.next().ifPresent(next -> {
            ObjectNode nn = n.putObject("next_deadline");
            nn.put("kind", next.kind().name().toLowerCase(java.util.Locale.ROOT));
            nn.put("due", next.due().toString());
            nn.put("days_remaining", next.daysRemaining());
        });
        return n;
    }

    /** The enforcement title as one line: issuer, document number. */
    static String titleText(EnforcementCase c) {
        StringBuilder b = new StringBuilder();
        if (c.title().issuer() != null) {
            b.append(c.title().issuer());
        }
        if (c.title().documentNumber() != null) {
            b.append(c.title().documentNumber());
        }
        return b.toString();
    }

    void human(List<EnforcementCase> cases, Messages messages, PrintWriter out) {
        for (EnforcementCase c : cases) {
            CaseDeadlines d = deadlines.evaluate(c, today);
            String names = String.join(messages.get("cli.cases.nameSeparator"),
                    c.parties().stream().map(p -> messages.get(p.role().messageKey()) + " " + name(p)).toList());
            String next = d.next().map(dl -> nextText(dl, messages)).orElse(messages.get(d.urgency().messageKey()));
            out.println(messages.get("cli.cases.line", c.number().toString(), messages.get(c.status().messageKey()),
                    next, names));
        }
        out.println(messages.get("cli.cases.count", cases.size()));
    }

    private static String nextText(Deadline d, Messages messages) {
        return messages.get("cli.cases.next", messages.get(d.kind().messageKey()), d.due().toString(),
                Countdown.of(messages, d.daysRemaining()));
    }

    private static String name(Party p) {
        if (p.nameZh() != null && p.nameBo() != null) {
            return p.nameZh() + " (" + p.nameBo() + ")";
        }
        return p.displayName();
    }
}
