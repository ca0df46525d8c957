import type { GitHubClient } from './client.js';

/** A GitHub repository and the client to reach it: what the stages need to talk to GitHub. */
export interface GitHubTarget {
  client: GitHubClient;
  owner: string;
  repo: string;
}
