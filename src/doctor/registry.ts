import { gitCheck, npmCheck, pythonCheck } from './checks/machine.js';
import { credentialsCheck, registriesCheck } from './checks/publishing.js';
import { trustedPublishingCheck } from './checks/trusted-publishing.js';
import { changelogCheck, ciConfigCheck, gitRepositoryCheck, tagStyleCheck, testCommandCheck, versionSourceCheck } from './checks/repository.js';
import type { DoctorCheck } from './types.js';

/**
 * Every check the doctor runs, in report order. To add one, write a `DoctorCheck` in src/doctor/checks/
 * and list it here (or call `registerCheck` at start-up); ids must be unique.
 */
export const DOCTOR_CHECKS: DoctorCheck[] = [gitCheck, pythonCheck, npmCheck, gitRepositoryCheck, versionSourceCheck, tagStyleCheck, changelogCheck, testCommandCheck, ciConfigCheck, registriesCheck, credentialsCheck, trustedPublishingCheck];

/** Adds a check (or replaces the one with the same id). */
export function registerCheck(check: DoctorCheck): void {
  const i = DOCTOR_CHECKS.findIndex((c) => c.id === check.id);
  if (i >= 0) DOCTOR_CHECKS[i] = check;
  else DOCTOR_CHECKS.push(check);
}
