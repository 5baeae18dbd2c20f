/**
 * Simulations with synthetic learners whose true abilities are known: how close placement gets
 * after 10, 15 and 20 items, and how many answers adaptive practice needs to reach mastery compared
 * with working through the same items in a fixed order. {@link
 * jp.wlink.course.simulation.SimulationBenchmark} prints the figures; the tests assert the
 * properties.
 */
package jp.wlink.course.simulation;
