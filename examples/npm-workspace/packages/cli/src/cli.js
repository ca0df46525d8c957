#!/usr/bin/env node
import { main } from './index.js';

console.log(main(process.argv.slice(2)));
