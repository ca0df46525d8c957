// bottleneck's light build (what @octokit/plugin-throttling bundles) has the same API as the full one.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
