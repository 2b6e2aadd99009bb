import { ConfigError } from '@act/domain';

/** A configuration value is missing or wrong; the message names the variable (never a secret value). */
export class WorkerConfigError extends ConfigError {
  override name = 'WorkerConfigError';
}
