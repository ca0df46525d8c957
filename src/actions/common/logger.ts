import * as core from '@actions/core';
import { escapeLogText, type Logger } from '../../core/log.js';

/** The stages' Logger backed by the runner's workflow commands (groups, annotations, masking). */
export const actionsLogger: Logger = {
  // core.warning/debug/group escape their data already; info writes raw lines, so it is escaped here.
  info: (m) => core.info(escapeLogText(m)),
  warning: (m, loc) => core.warning(m, loc ? { file: loc.file, startLine: loc.line } : undefined),
  debug: (m) => core.debug(m),
  group: (name, fn) => core.group(name, fn),
  setSecret: (v) => core.setSecret(v),
};
