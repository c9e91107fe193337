package org.lastmile.domain.record.rules;

/** What a broken rule does to sealing. */
public enum RuleLevel {
    /** Sealing is refused until the rule holds. */
    BLOCK,
    /** The officer is told, sealing is allowed. */
    WARN,
    /** The rule is not checked (a local variant). */
    OFF
}
