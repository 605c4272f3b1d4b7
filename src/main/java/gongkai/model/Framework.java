package gongkai.model;

import java.util.List;
import java.util.Optional;

/** An indicator taxonomy: the 一级指标 and the 二级指标 each allows. */
public record Framework(String id, String name, List<Level1> level1) {

    public record Level1(String name, boolean required, List<String> level2) {
        public Level1 {
            level2 = List.copyOf(level2);
        }
    }

    public Framework {
        level1 = List.copyOf(level1);
    }

    public Optional<Level1> find(String level1Name) {
        return level1.stream().filter(l -> l.name().equals(level1Name)).findFirst();
    }
}
