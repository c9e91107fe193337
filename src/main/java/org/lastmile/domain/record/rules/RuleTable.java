package org.lastmile.domain.record.rules;

import java.io.IOException;
import java.io.Reader;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.lastmile.common.LocalizedException;

/**
 * The level of each record rule. Defaults come from {@link RecordRule}; a court's variant is a
 * properties file ({@code interpreter.conflict=BLOCK}, {@code officers.atLeastTwo=OFF}).
 */
public final class RuleTable {

    private final Map<RecordRule, RuleLevel> levels;

    private RuleTable(Map<RecordRule, RuleLevel> levels) {
        this.levels = levels;
    }

    public static RuleTable defaults() {
        Map<RecordRule, RuleLevel> levels = new EnumMap<>(RecordRule.class);
        for (RecordRule rule : RecordRule.values()) {
            levels.put(rule, rule.defaultLevel());
        }
        return new RuleTable(levels);
    }

    /**
     * Reads a variant over the defaults.
     *
     * @throws LocalizedException {@code rules.error.unknownRule} or {@code rules.error.level}
     */
    public static RuleTable read(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        RuleTable table = defaults();
        for (String name : p.stringPropertyNames()) {
            RecordRule rule = find(name);
            String value = p.getProperty(name).strip().toUpperCase(Locale.ROOT);
            try {
                table.levels.put(rule, RuleLevel.valueOf(value));
            } catch (IllegalArgumentException e) {
                throw new LocalizedException("rules.error.level", name, value);
            }
        }
        return table;
    }

    private static RecordRule find(String id) {
        for (RecordRule rule : RecordRule.values()) {
            if (rule.id().equals(id)) {
                return rule;
            }
        }
        throw new LocalizedException("rules.error.unknownRule", id);
    }

    public RuleLevel level(RecordRule rule) {
        return levels.get(rule);
    }
}
