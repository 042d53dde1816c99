import { EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
/** placeholder */
export const importCommand: Command = { name: "import", description: "", arguments: [], options: [], exitCodes: [], examples: [], run: () => EXIT.ok };
