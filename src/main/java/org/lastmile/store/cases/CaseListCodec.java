package org.lastmile.store.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lastmile.common.PersonName;
import org.lastmile.domain.deadline.CaseProgress;
import org.lastmile.domain.deadline.Extension;
import org.lastmile.domain.deadline.NodeEvent;
import org.lastmile.domain.deadline.NodeKind;
import org.lastmile.domain.deadline.Pause;
import org.lastmile.domain.deadline.PauseReason;
import org.lastmile.domain.deadline.Seizure;
import org.lastmile.domain.deadline.SeizureKind;

/**
 * The text of the case list's columns (V7), short and cheap to read back: the window reads one per
 * case at start, and a JSON tree per row made more garbage than the rest of the list together
 * (10.8 KB per row, measured with the thread's allocation counter on the 10,000-case file).
 *
 * <p>Items are separated by RS (U+001E), the fields of an item by US (U+001F), the groups of the
 * deadline facts by GS (U+001D); an absent value is an empty field; ESC (U+001B) before a
 * character keeps it literal (free text may hold any character). Names: {@code zh US bo} per
 * party. Facts: {@code money US nonLitigation GS events GS pauses GS extensions GS seizures}, an
 * event {@code kind US date}, a pause {@code reason US from US to}, an extension {@code approved
 * US months}, a seizure {@code kind US date US released US description}. Identities and notes are
 * left out: the deadline engine uses neither.
 */
final class CaseListCodec {

    private static final char ESC = '\u001B';
    private static final char GS = '\u001D';
    private static final char RS = '\u001E';
    private static final char US = '\u001F';
    /** The identity of every item read back: the list never needs the real ones. */
    private static final UUID NONE = new UUID(0, 0);

    String names(List<PersonName> names) {
        StringBuilder out = new StringBuilder();
        for (PersonName n : names) {
            if (out.length() > 0) {
                out.append(RS);
            }
            text(out, n.zh()).append(US);
            text(out, n.bo());
        }
        return out.toString();
    }

    List<PersonName> names(String text) {
        Reader r = new Reader(text);
        List<PersonName> out = new ArrayList<>(2);
        while (!r.atEnd()) {
            String zh = r.field();
            String bo = r.field();
            out.add(new PersonName(zh, bo));
        }
        return out;
    }

    String facts(boolean money, boolean nonLitigation, CaseProgress p) {
        StringBuilder out = new StringBuilder(64);
        out.append(money ? '1' : '0').append(US).append(nonLitigation ? '1' : '0');
        out.append(GS);
        for (int i = 0; i < p.events().size(); i++) {
            NodeEvent e = p.events().get(i);
            item(out, i).append(e.kind().name()).append(US).append(e.date());
        }
        out.append(GS);
        for (int i = 0; i < p.pauses().size(); i++) {
            Pause pause = p.pauses().get(i);
            item(out, i).append(pause.reason().name()).append(US).append(pause.from()).append(US);
            date(out, pause.to());
        }
        out.append(GS);
        for (int i = 0; i < p.extensions().size(); i++) {
            Extension x = p.extensions().get(i);
            item(out, i).append(x.approvedOn()).append(US).append(x.months());
        }
        out.append(GS);
        for (int i = 0; i < p.seizures().size(); i++) {
            Seizure s = p.seizures().get(i);
            item(out, i).append(s.kind().name()).append(US).append(s.date()).append(US);
            date(out, s.releasedOn()).append(US);
            text(out, s.description());
        }
        return out.toString();
    }

    /** The facts read back. */
    Facts facts(String text) {
        Reader r = new Reader(text);
        boolean money = "1".equals(r.field());
        boolean nonLitigation = "1".equals(r.field());
        r.groupEnd();
        List<NodeEvent> events = new ArrayList<>();
        while (!r.groupEnd()) {
            events.add(new NodeEvent(NONE, NodeKind.valueOf(r.field()), r.date(), null));
        }
        List<Pause> pauses = new ArrayList<>(0);
        while (!r.groupEnd()) {
            pauses.add(new Pause(NONE, PauseReason.valueOf(r.field()), r.date(), r.date()));
        }
        List<Extension> extensions = new ArrayList<>(0);
        while (!r.groupEnd()) {
            extensions.add(new Extension(NONE, r.date(), Integer.parseInt(r.field())));
        }
        List<Seizure> seizures = new ArrayList<>(0);
        while (!r.groupEnd()) {
            SeizureKind kind = SeizureKind.valueOf(r.field());
            LocalDate date = r.date();
            LocalDate released = r.date();
            seizures.add(new Seizure(NONE, kind, r.field(), date, released));
        }
        return new Facts(money, nonLitigation, new CaseProgress(events, pauses, extensions, seizures));
    }

    /** The deadline facts of one row. */
    record Facts(boolean money, boolean nonLitigation, CaseProgress progress) {
    }

    /** An ISO date (yyyy-MM-dd) read without a formatter: LocalDate.parse allocates ~1 KB a call. */
    static LocalDate date(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return LocalDate.parse(value); // a year beyond 9999 or before 0
        }
        return LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d < 0) {
                throw new java.time.format.DateTimeParseException("not a date", s, i);
            }
            n = n * 10 + d;
        }
        return n;
    }

    private static StringBuilder item(StringBuilder out, int index) {
        return index == 0 ? out : out.append(RS);
    }

    private static StringBuilder date(StringBuilder out, LocalDate date) {
        return date == null ? out : out.append(date);
    }

    private static StringBuilder text(StringBuilder out, String value) {
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == ESC || c == GS || c == RS || c == US) {
                    out.append(ESC);
                }
                out.append(c);
            }
        }
        return out;
    }

    /** Reads fields in order; each field ends at its separator, which is consumed with it. */
    private static final class Reader {

        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return at >= text.length();
        }

        /** Whether the current group has no more items; consumes the group's end. */
        boolean groupEnd() {
            if (atEnd()) {
                return true;
            }
            if (text.charAt(at) == GS) {
                at++;
                return true;
            }
            return false;
        }

        /** The next field, null when empty. */
        String field() {
            int start = at;
            boolean escaped = false;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == ESC) {
                    escaped = true;
                    at += 2;
                    continue;
                }
                if (c == US || c == RS || c == GS) {
                    break;
                }
                at++;
            }
            int end = Math.min(at, text.length());
            if (at < text.length() && text.charAt(at) != GS) {
                at++; // US or RS; a GS is left for groupEnd()
            }
            if (end == start) {
                return null;
            }
            return escaped ? unescape(text, start, end) : text.substring(start, end);
        }

        LocalDate date() {
            String value = field();
            return value == null ? null : CaseListCodec.date(value);
        }

        private static String unescape(String text, int start, int end) {
            StringBuilder out = new StringBuilder(end - start);
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == ESC && i + 1 < end) {
                    i++;
                    c = text.charAt(i);
                }
                out.append(c);
            }
            return out.toString();
        }
    }
}
