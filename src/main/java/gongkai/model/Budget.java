package gongkai.model;

import java.util.Optional;

/**
 * 预算规模: 预算数 and its parts. A blank 其他资金 stays blank (it is not zero).
 */
public record Budget(Amount total, Amount fiscal, Optional<Amount> other) {}
