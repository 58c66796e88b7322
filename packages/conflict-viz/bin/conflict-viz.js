#!/usr/bin/env node
// `conflict-viz render …`: the CLI is one bundled file (dist/cli.js, built by scripts/build-bundle.mjs), so it
// runs from the installed package with no other dependency.
import '../dist/cli.js';
