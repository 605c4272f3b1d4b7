package gongkai.format;

import java.util.Optional;

/** The fields of a 部门（单位）整体绩效目标表 above its indicator table. */
public enum UnitTableField {
    DUTIES("duties", "部门（单位）职责", "与公开表格一致"),
    TARGET("target", "年度总体绩效目标", "与公开表格一致");

    private final String key;
    private final String heading;
    private final String help;

    UnitTableField(String key, String heading, String help) {
        this.key = key;
        this.heading = heading;
        this.help = help;
    }

    public String key() {
        return key;
    }

    public String heading() {
        return heading;
    }

    public String help() {
        return help;
    }

    public static Optional<UnitTableField> byKey(String key) {
        for (UnitTableField f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
