#!/usr/bin/env node
// The process boundary: committed (so installing the workspace links the command before any
// build), it hands the real streams and the version to the CLI and sets the exit status.
import { createRequire } from "node:module";
import { processIo, runCli } from "../dist/esm/cli/index.js";

const { version } = createRequire(import.meta.url)("../package.json");
process.exitCode = await runCli(process.argv.slice(2), processIo(version));
