package gongkai.model;

/** One 分项绩效目标 of Part 1: its title, 绩效目标 and 绩效指标. */
public record Goal(String title, String target, String indicator) {}
