package gongkai.diag;

public enum Severity {
    ERROR("错误"),
    WARNING("警告");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word shown to users. */
    public String label() {
        return label;
    }
}
