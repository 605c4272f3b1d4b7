package gongkai.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The sums of the 预算规模 of some projects (a unit's, a year's), exact decimals.
 *
 * @param other empty when every project's 其他资金 is blank: a column of blanks sums to a blank, not to zero
 */
public record Totals(BigDecimal total, BigDecimal fiscal, Optional<BigDecimal> other) {

    public static Totals of(Collection<Project> projects) {
        List<Amount> others = projects.stream().flatMap(p -> p.budget().other().stream()).toList();
        return new Totals(sum(projects.stream().map(p -> p.budget().total()).toList()),
                sum(projects.stream().map(p -> p.budget().fiscal()).toList()),
                others.isEmpty() ? Optional.empty() : Optional.of(sum(others)));
    }

    private static BigDecimal sum(List<Amount> amounts) {
        return amounts.stream().map(Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
