import { title } from 'relay-ws-format';

/** The command's output for its arguments. */
export const main = (args) => (args.includes('--help') ? 'usage: relay-ws-title TEXT…' : title(args.join(' ')));
