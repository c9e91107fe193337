package org.lastmile.ui.record.statements;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
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
public final class StandardStatements {

    private final Messages zh = Messages.of(Language.CHINESE);
    private final Messages bo = Messages.of(Language.TIBETAN);

    /** The entry of {@code statement} said by {@code speakerId}. */
    TranscriptEntry entry(StandardStatement statement, SiteRecord r, EnforcementCase c, UUID speakerId, Instant at) {
        String key = messageKey(statement, r);
        String chinese = zh.get(key, args(statement, r, c, zh));
        String tibetan = bo.get(key, args(statement, r, c, bo));
        boolean tibetanOriginal = r.language() == SpokenLanguage.TIBETAN;
        return new TranscriptEntry(UUID.randomUUID(), speakerId, tibetanOriginal ? SpokenLanguage.TIBETAN
                : SpokenLanguage.CHINESE, tibetanOriginal ? tibetan : chinese, tibetanOriginal ? chinese : tibetan,
                statement, at);
    }

    /** The identity sentence names a clerk only when one is present. */
    private static String messageKey(StandardStatement statement, SiteRecord r) {
        return statement == StandardStatement.IDENTITY && r.participants(ParticipantRole.CLERK).isEmpty()
                ? "statement.identity.noClerk" : statement.messageKey();
    }

    private static Object[] args(StandardStatement statement, SiteRecord r, EnforcementCase c, Messages m) {
        if (statement != StandardStatement.IDENTITY) {
            return new Object[0];
        }
        boolean tibetan = m.language() == Language.TIBETAN;
        String court = c == null ? "" : tibetan && c.number().court().nameBo() != null
                ? c.number().court().nameBo() : c.number().court().nameZh();
        String number = c == null ? "" : c.number().toString();
        return new Object[] {court, names(r.participants(ParticipantRole.OFFICER), m),
                names(r.participants(ParticipantRole.CLERK), m), number};
    }

    /** Names in the sentence's language where recorded, joined as that language joins them. */
    private static String names(List<Participant> people, Messages m) {
        String tag = m.language().tag();
        return people.stream().map(p -> p.name().in(tag)).collect(Collectors.joining(m.get("record.names.joiner")));
    }
}
