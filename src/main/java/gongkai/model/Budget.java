package gongkai.model;

import java.util.Optional;

/**
 * 预算规模: 预算数 and its parts. A blank 其他资金 stays blank (it is not zero); 其中：财政资金 is empty where the form
 * does not print it.
 */
public record Budget(Amount total, Optional<Amount> fiscal, Optional<Amount> other) {

    public Budget(Amount total, Amount fiscal, Optional<Amount> other) {
        this(total, Optional.of(fiscal), other);
    }
}
