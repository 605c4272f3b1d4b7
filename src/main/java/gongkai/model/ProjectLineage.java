package gongkai.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which project of an earlier year each project continues. Pure: computed once from a {@link Site}, no I/O.
 *
 * <p>A project's predecessor is, first, the project its {@code continues} field names, looked up among the projects
 * of the same unit in every earlier year; failing that (no field, or a code that is not found there), the one project
 * of the same unit with exactly the same 项目名称 in the nearest earlier year in which the unit appears, when the name
 * is unique on both sides and that project is not already claimed by a {@code continues} field of the same year.
 * Predecessors are always in strictly earlier years, so following them gives a finite chain.
 */
public final class ProjectLineage {

    /** How a project was matched to its predecessor. */
    public enum Match {
        /** By the {@code continues} field. */
        CONTINUES,
        /** By the same unit and the same 项目名称. */
        SAME_NAME
    }

    /** A project of one year with the unit it belongs to. */
    public record Entry(int year, Unit unit, Project project) {}

    /** An earlier project in a chain, and how it was matched to the project after it. */
    public record Link(Entry entry, Match match) {}

    private record Key(int year, String unit, String project) {}

    private final Map<Key, Link> predecessors = new HashMap<>();
    /** For every unit code, its disclosures by year. */
    private final Map<String, TreeMap<Integer, Unit>> unitYears = new HashMap<>();

    private ProjectLineage(Site site) {
        for (FiscalYear y : site.years()) {
            for (Unit u : y.units()) {
                unitYears.computeIfAbsent(u.code(), k -> new TreeMap<>()).put(y.year(), u);
            }
        }
        unitYears.values().forEach(years -> years.forEach((year, unit) -> link(years, year, unit)));
    }

    public static ProjectLineage of(Site site) {
        return new ProjectLineage(site);
    }

    private void link(TreeMap<Integer, Unit> years, int year, Unit unit) {
        Set<String> claimed = new HashSet<>();
        List<Project> unmatched = new ArrayList<>();
        for (Project p : unit.projects()) {
            Optional<Entry> named = p.continues().flatMap(code -> findByCode(years, year, code));
            if (named.isPresent()) {
                predecessors.put(key(year, unit, p), new Link(named.get(), Match.CONTINUES));
                claimed.add(named.get().year() + "/" + named.get().project().code());
            } else {
                unmatched.add(p);
            }
        }
        Map.Entry<Integer, Unit> previous = years.lowerEntry(year);
        if (previous == null) {
            return;
        }
        for (Project p : unmatched) {
            List<Project> sameNameNow = unit.projects().stream().filter(o -> o.name().equals(p.name())).toList();
            List<Project> sameNameBefore = previous.getValue().projects().stream().filter(o -> o.name().equals(p.name())).toList();
            if (sameNameNow.size() == 1 && sameNameBefore.size() == 1
                    && !claimed.contains(previous.getKey() + "/" + sameNameBefore.get(0).code())) {
                predecessors.put(key(year, unit, p),
                        new Link(new Entry(previous.getKey(), previous.getValue(), sameNameBefore.get(0)), Match.SAME_NAME));
            }
        }
    }

    /** The project with this code in an earlier year of the unit, the newest first. */
    static Optional<Entry> findByCode(TreeMap<Integer, Unit> years, int year, String code) {
        for (Map.Entry<Integer, Unit> e : years.headMap(year, false).descendingMap().entrySet()) {
            for (Project p : e.getValue().projects()) {
                if (p.code().equals(code)) {
                    return Optional.of(new Entry(e.getKey(), e.getValue(), p));
                }
            }
        }
        return Optional.empty();
    }

    private static Key key(int year, Unit unit, Project p) {
        return new Key(year, unit.code(), p.code());
    }

    /** The project this one continues, if any. */
    public Optional<Link> predecessor(int year, Unit unit, Project project) {
        return Optional.ofNullable(predecessors.get(key(year, unit, project)));
    }

    /** Every earlier project of the chain, the nearest year first; empty for a project that continues nothing. */
    public List<Link> earlier(int year, Unit unit, Project project) {
        List<Link> chain = new ArrayList<>();
        Optional<Link> next = predecessor(year, unit, project);
        while (next.isPresent()) {
            chain.add(next.get());
            Entry e = next.get().entry();
            next = predecessor(e.year(), e.unit(), e.project());
        }
        return chain;
    }

    /** The unit's disclosure of every year in which it appears, by year, oldest first. */
    public NavigableMap<Integer, Unit> yearsOf(String unitCode) {
        return Collections.unmodifiableNavigableMap(unitYears.getOrDefault(unitCode, new TreeMap<>()));
    }
}
