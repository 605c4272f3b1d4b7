package gongkai.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The sums of the 预算规模 of some projects (a unit's, a year's), exact decimals.
 *
 * @param fiscal empty when no project's form prints 其中：财政资金
 * @param other  empty when every project's 其他资金 is blank: a column of blanks sums to a blank, not to zero
 */
public record Totals(BigDecimal total, Optional<BigDecimal> fiscal, Optional<BigDecimal> other) {

    public static Totals of(Collection<Project> projects) {
        List<Amount> others = projects.stream().flatMap(p -> p.budget().other().stream()).toList();
        List<Amount> fiscals = projects.stream().flatMap(p -> p.budget().fiscal().stream()).toList();
        return new Totals(sum(projects.stream().map(p -> p.budget().total()).toList()),
                fiscals.isEmpty() ? Optional.empty() : Optional.of(sum(fiscals)),
                others.isEmpty() ? Optional.empty() : Optional.of(sum(others)));
    }

    private static BigDecimal sum(List<Amount> amounts) {
        return amounts.stream().map(Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
