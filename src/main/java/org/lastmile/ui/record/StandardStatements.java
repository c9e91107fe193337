package org.lastmile.ui.record;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.StandardStatement;
import org.lastmile.domain.record.TranscriptEntry;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;

/**
 * The standard sentences of a record (documents.md) as transcript entries in both languages at
 * once: the original in the record's language, the translation in the other of Chinese and
 * Tibetan, whatever language the interface shows. The identity sentence names the court, the
 * officers, the clerk and the case number as the record and the case hold them.
 */
final class StandardStatements {

    private final Messages zh = Messages.of(Language.CHINESE);
    private final Messages bo = Messages.of(Language.TIBETAN);

    /** The entry of {@code statement} said by {@code speakerId}. */
    TranscriptEntry entry(StandardStatement statement, SiteRecord r, EnforcementCase c, UUID speakerId, Instant at) {
        String chinese = zh.get(statement.messageKey(), args(statement, r, c, false));
        String tibetan = bo.get(statement.messageKey(), args(statement, r, c, true));
        boolean tibetanOriginal = r.language() == SpokenLanguage.TIBETAN;
        return new TranscriptEntry(UUID.randomUUID(), speakerId, tibetanOriginal ? SpokenLanguage.TIBETAN
                : SpokenLanguage.CHINESE, tibetanOriginal ? tibetan : chinese, tibetanOriginal ? chinese : tibetan,
                statement, at);
    }

    private static Object[] args(StandardStatement statement, SiteRecord r, EnforcementCase c, boolean tibetan) {
        if (statement != StandardStatement.IDENTITY) {
            return new Object[0];
        }
        String court = c == null ? "" : tibetan && c.number().court().nameBo() != null
                ? c.number().court().nameBo() : c.number().court().nameZh();
        String number = c == null ? "" : c.number().toString();
        return new Object[] {court, names(r.participants(ParticipantRole.OFFICER), tibetan),
                names(r.participants(ParticipantRole.CLERK), tibetan), number};
    }

    private static String names(List<Participant> people, boolean tibetan) {
        Function<Participant, String> name = p -> tibetan && p.nameBo() != null ? p.nameBo() : p.displayName();
        return people.stream().map(name).collect(Collectors.joining(tibetan ? "དང་" : "、"));
    }
}
