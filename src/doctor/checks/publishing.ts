import type { DoctorCheck, Finding } from '../types.js';
import { readWorkflows } from './repository.js';

/** Where a release would go: the CLI publishes only to registries named with --registries. */
export const registriesCheck: DoctorCheck = {
  id: 'publishing.registries',
  area: 'publishing',
  async run(input) {
    if (input.registries.length) return [{ check: this.id, status: 'ok', label: 'registries', summary: `${input.registries.join(' → ')} (fallbacks after the first)` }];
    return [{ check: this.id, status: 'info', label: 'registries', summary: 'none given: `release-relay run` and `publish` refuse to start without one', fix: 'Pass --registries pypi, testpypi, npm or a registry URL.' }];
  },
};

/** How a release would authenticate: a token in the --token-env variable, or Trusted Publishing (OIDC). */
export const credentialsCheck: DoctorCheck = {
  id: 'publishing.credentials',
  area: 'publishing',
  async run(input, facts) {
    const out: Finding[] = [];
    if (input.tokenEnv?.set) out.push({ check: this.id, status: 'ok', label: 'credentials', summary: `token from $${input.tokenEnv.name}` });
    const oidc = facts.root ? (await readWorkflows(facts.root)).filter((w) => /id-token:\s*write/.test(w.text)).map((w) => w.file) : [];
    if (oidc.length) out.push({ check: this.id, status: 'ok', label: 'Trusted Publishing', summary: `${oidc.join(', ')} grant(s) id-token: write (configure the publisher on the registry for that workflow)` });
    if (out.length === 0 && !input.tokenEnv) {
      out.push({ check: this.id, status: 'info', label: 'credentials', summary: 'no workflow grants id-token: write; publish-and-verify needs a token (input pypi-token) then' });
    } else if (out.length === 0) {
      out.push({
        check: this.id,
        status: 'warning',
        label: 'credentials',
        summary: `no token in $${input.tokenEnv?.name ?? 'PYPI_TOKEN'} and no workflow with id-token: write`,
        fix: `Export the registry token as ${input.tokenEnv?.name ?? 'PYPI_TOKEN'} (or name another variable with --token-env), or set up Trusted Publishing in the release workflow.`,
      });
    }
    return out;
  },
};
