/**
 * Benchmark data for tests and benchmarks in any bundle: {@link org.rapport.benchmarks.SyntheticPeople} (a million
 * people by batched JDBC in a minute or two) and {@link org.rapport.benchmarks.SyntheticDeals} (100,000 deals in
 * seconds), both drawn with a fixed seed. This bundle is in no product feature; its {@code bench}
 * commands run from a launch of the build (see the README's Benchmarks section).
 */
package org.rapport.benchmarks;
