/**
 * The performance benchmark of issue 4: a workload generator and a harness that times the full scan, the
 * re-evaluation after one agreement change and the what-if check against a running Art28 (docs/benchmarks.md).
 * Test scope, so it never ships in the WAR; run with {@code -Pbench}, never during {@code verify}.
 */
package eu.art28.bench;
