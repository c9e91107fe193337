package org.lastmile.domain.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import org.lastmile.common.LocalizedException;

/**
 * The configurable rule table of time limits (domain.md). Statutory figures live here, not in
 * code, because courts adopt local variants.
 *
 * @param officerAssignment filing → officer assigned
 * @param notice officer assigned → enforcement notice sent
 * @param noticeOuterLimit filing → enforcement notice sent, the statutory outer limit
 * @param assetReportOrder officer assigned → asset-report order sent (money cases)
 * @param onlineAssetSearch officer assigned → online asset search (money cases)
 * @param assetInvestigation officer assigned → investigation done (money cases)
 * @param caseTimeLimit filing → case closed
 * @param caseTimeLimitNonLitigation the same for non-litigation documents
 * @param extensionRequestLead how long before the limit an extension must be requested
 * @param seizureDeposit duration of a frozen deposit
 * @param seizureMovable duration of a seizure of movables
 * @param seizureRealProperty duration of a sealing of real property
 * @param seizureOtherRight duration of a freezing of other rights
 * @param seizureReminder how long before a seizure lapses the officer is reminded
 * @param dueSoon how long before any deadline it counts as due soon
 */
public record DeadlineRules(Period officerAssignment, Period notice, Period noticeOuterLimit,
        Period assetReportOrder, Period onlineAssetSearch, Period assetInvestigation, Period caseTimeLimit,
        Period caseTimeLimitNonLitigation, Period extensionRequestLead, Period seizureDeposit,
        Period seizureMovable, Period seizureRealProperty, Period seizureOtherRight, Period seizureReminder,
        Period dueSoon) {

    /** The rule table shipped with the app. */
    public static final String RESOURCE = "/rules/deadlines.properties";

    /** Reads the shipped table. */
    public static DeadlineRules shipped() {
        try (InputStream in = DeadlineRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a rule table; every rule must be present.
     *
     * @throws LocalizedException {@code rules.error.missing} or {@code rules.error.period}
     */
    public static DeadlineRules read(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        return new DeadlineRules(get(p, "officerAssignment"), get(p, "notice"), get(p, "noticeOuterLimit"),
                get(p, "assetReportOrder"), get(p, "onlineAssetSearch"), get(p, "assetInvestigation"),
                get(p, "caseTimeLimit"), get(p, "caseTimeLimitNonLitigation"), get(p, "extensionRequestLead"),
                get(p, "seizureDeposit"), get(p, "seizureMovable"), get(p, "seizureRealProperty"),
                get(p, "seizureOtherRight"), get(p, "seizureReminder"), get(p, "dueSoon"));
    }

    private static Period get(Properties p, String name) {
        String value = p.getProperty(name);
        if (value == null) {
            throw new LocalizedException("rules.error.missing", name);
        }
        try {
            return Period.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new LocalizedException("rules.error.period", name, value);
        }
    }

    /** How long a seizure of this kind holds. */
    public Period seizurePeriod(SeizureKind kind) {
        return switch (kind) {
            case DEPOSIT -> seizureDeposit;
            case MOVABLE -> seizureMovable;
            case REAL_PROPERTY -> seizureRealProperty;
            case OTHER_RIGHT -> seizureOtherRight;
        };
    }
}
