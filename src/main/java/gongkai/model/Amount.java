package gongkai.model;

import java.math.BigDecimal;

/** An amount of money in 万元 as written in the content (kept for display) and as an exact decimal. */
public record Amount(BigDecimal value, String text) {

    public static Amount of(String text) {
        return new Amount(new BigDecimal(text), text);
    }

    public Amount plus(Amount other) {
        BigDecimal sum = value.add(other.value);
        return new Amount(sum, sum.toPlainString());
    }
}
