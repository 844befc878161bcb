package org.entente.spark;

import org.entente.cli.Main;

/**
 * The entry point for spark-submit: the entente command line with {@code --engine spark} as the
 * default engine of {@code sweep}, e.g.
 * {@code spark-submit --class org.entente.spark.SparkMain target/entente.jar sweep SCENARIO --design FILE}.
 * The master comes from spark-submit's {@code --master} unless {@code --master} is given after the verb.
 */
public final class SparkMain {
    private SparkMain() { }

    public static void main(String[] args) {
        System.setProperty("entente.engine", "spark");
        Main.main(args);
    }
}
