/** A configuration value is missing or wrong; the message names the variable (never its value). */
export class WorkerConfigError extends Error {
  override name = 'WorkerConfigError';
}
