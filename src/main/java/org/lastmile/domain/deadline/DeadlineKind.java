package org.lastmile.domain.deadline;

import java.util.Locale;

/** The deadlines a case is watched for. */
public enum DeadlineKind {
    /** Assign an officer. */
    OFFICER_ASSIGNMENT,
    /** Send the enforcement notice (执行通知书). */
    ENFORCEMENT_NOTICE,
    /** Send the asset-report order (报告财产令). */
    ASSET_REPORT_ORDER,
    /** Run the online asset search (网络查控). */
    ONLINE_ASSET_SEARCH,
    /** Finish the asset investigation. */
    ASSET_INVESTIGATION,
    /** Request an extension of the time limit, if one is needed. */
    EXTENSION_REQUEST,
    /** Close the case within its time limit (执行期限). */
    CASE_TIME_LIMIT,
    /** Renew or release a seizure before it lapses. */
    SEIZURE_EXPIRY;

    public String messageKey() {
        return "deadline.kind." + name().toLowerCase(Locale.ROOT);
    }
}
