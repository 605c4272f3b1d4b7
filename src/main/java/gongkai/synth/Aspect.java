package gongkai.synth;

/**
 * What an indicator measures, independent of the framework. {@link Frameworks#place} maps it to a 一级/二级指标.
 * The order is the order of the rows within a 一级指标 in the official tables.
 */
enum Aspect {
    QUANTITY, QUALITY, TIMELINESS, COST, SOCIAL_COST, ECOLOGICAL_COST, ECONOMIC, SOCIAL, ECOLOGICAL, SUSTAINABLE, SATISFACTION
}
