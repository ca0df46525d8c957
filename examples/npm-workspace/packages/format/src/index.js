import { words } from 'relay-ws-core';

/** `text` with each word capitalised, joined by single spaces. */
export const title = (text) => words(text).map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
