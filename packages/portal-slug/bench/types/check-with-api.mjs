// Type-checks one project with a `typescript` package's own API, in a process of its own, and
// prints one line of JSON: the check time, the instantiations and every error. It is what `tsc -p
// <project> --noEmit --extendedDiagnostics` does, read from the same timer, but in milliseconds
// with fractions: TypeScript 6's CLI prints the check time in steps of 10 ms, a tenth of what
// 1,000 calls of a cheap helper cost.
//
//   node check-with-api.mjs <path of the typescript package> <tsconfig.json>
import { createRequire } from "node:module";

const [packagePath, project] = process.argv.slice(2);
const ts = createRequire(import.meta.url)(packagePath);

const parsed = ts.getParsedCommandLineOfConfigFile(project, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => fail(d) });
if (!parsed) throw new Error(`cannot read ${project}`);
ts.performance.enable();
const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, projectReferences: parsed.projectReferences });
const diagnostics = [...program.getConfigFileParsingDiagnostics(), ...program.getOptionsDiagnostics(), ...program.getSyntacticDiagnostics()];
// The CPU time of this process while it checks, beside the compiler's own (wall-clock) timer:
// on a shared machine, time another process held the core counts in the one and not the other.
// The checker is made first: making it binds every file, which the CLI counts apart.
program.getTypeChecker();
const cpuBefore = process.cpuUsage();
if (diagnostics.length === 0) diagnostics.push(...program.getGlobalDiagnostics(), ...program.getSemanticDiagnostics());
const cpu = process.cpuUsage(cpuBefore);
const errors = diagnostics.map((d) => `error TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
process.stdout.write(
  `${JSON.stringify({ checkMs: ts.performance.getDuration("Check"), cpuMs: (cpu.user + cpu.system) / 1000, instantiations: program.getInstantiationCount(), errors })}\n`,
);

function fail(diagnostic) {
  throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
}
