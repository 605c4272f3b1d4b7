package gongkai.model;

/** Portal-wide settings from {@code content/site.yaml}. */
public record SiteConfig(String title, String description, String publisher) {}
