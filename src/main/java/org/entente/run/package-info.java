/**
 * The one way an ensemble is run: {@link org.entente.run.Ensemble} takes a plan (the scenario
 * and seed of each run), a recorder (the sink each run writes into and what is kept of it), and
 * hands each run's result to the caller in run order. Every command that runs the model many
 * times goes through it: {@code run} and {@code hindcast} (io.EnsembleWriter), {@code sweep}
 * (sweep.LocalEngine), {@code calibrate} (analysis.Calibration) and {@code sensitivity}
 * (analysis.ScenarioModel). Depends on the engine and the model only.
 */
package org.entente.run;
