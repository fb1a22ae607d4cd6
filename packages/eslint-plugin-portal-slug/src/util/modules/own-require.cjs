// The plugin's own `require`, for the dependencies it loads only when a lint run needs them:
// typescript-estree (which loads TypeScript) and the native module resolver, each of which may
// be missing or fail to load. ESLint runs rules synchronously, so `import()` cannot serve, and
// an ES module has no `require`: this CommonJS file lends its own, in both builds.
module.exports = require;
