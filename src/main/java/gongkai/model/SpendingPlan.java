package gongkai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** 资金支出计划: the cumulative share of the budget spent by the end of each checkpoint month. */
public record SpendingPlan(List<Checkpoint> checkpoints) {

    /** The checkpoint months of the official form. */
    public enum Month {
        MAR("mar", "3月底", 3), JUN("jun", "6月底", 6), OCT("oct", "10月底", 10), DEC("dec", "12月底", 12);

        private final String key;
        private final String label;
        private final int number;

        Month(String key, String label, int number) {
            this.key = key;
            this.label = label;
            this.number = number;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public int number() {
            return number;
        }
    }

    /** One cell of the plan; a blank cell has no percent. */
    public record Checkpoint(Month month, Optional<Percent> percent) {}

    /** A percentage as written ({@code 30%}) and its value (30). */
    public record Percent(BigDecimal value, String text) {}

    public SpendingPlan {
        checkpoints = List.copyOf(checkpoints);
    }
}
