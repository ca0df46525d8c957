// semantic-release config for the benchmark: dry run against the generated history's file:// bare remote
// (passed with --repository-url), only the two plugins that compute the version and the notes.
// No GitHub or npm plugin, and the runner gives it an environment without tokens.
// Preset: conventionalcommits 9.x under an npm alias (`conventional-changelog-conventionalcommits-v9`),
// because release-notes-generator 14 renders with conventional-changelog-writer 8, which preset 10 rejects.
module.exports = {
  branches: ['main'],
  tagFormat: 'v${version}',
  plugins: [
    ['@semantic-release/commit-analyzer', { preset: 'conventionalcommits-v9' }],
    ['@semantic-release/release-notes-generator', { preset: 'conventionalcommits-v9' }],
  ],
};
