/**
 * The Apache Spark engine of {@code entente sweep --engine spark} and the spark-submit entry
 * point {@link org.entente.spark.SparkMain}. The only package that uses Spark: Spark is a
 * provided dependency, and the command line loads {@link org.entente.spark.SparkEngine} by name
 * only when the Spark engine is asked for, so everything else runs without Spark.
 */
package org.entente.spark;
