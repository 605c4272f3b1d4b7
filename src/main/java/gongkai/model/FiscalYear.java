package gongkai.model;

import java.util.List;

/** The disclosures of one fiscal year, all following one framework. Units are sorted by code. */
public record FiscalYear(int year, Framework framework, List<Unit> units) {
    public FiscalYear {
        units = List.copyOf(units);
    }
}
