/** A small Dockerfile reader for the image checks: instructions, stages and ARG defaults. */
export interface Instruction {
  keyword: string;
  /** The rest of the line, continuation lines joined with a space. */
  args: string;
  line: number;
}

export interface Stage {
  /** The FROM line's image, with ARG defaults put in. */
  image: string;
  name: string | null;
  instructions: Instruction[];
}

export interface Dockerfile {
  /** ARGs declared before the first FROM, with their defaults. */
  globalArgs: Record<string, string>;
  stages: Stage[];
}

export function parseDockerfile(text: string): Dockerfile {
  const instructions: Instruction[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i];
    if (/^\s*(#|$)/.test(line)) continue;
    while (/\\\s*$/.test(line) && i + 1 < lines.length) {
      i++;
      if (/^\s*#/.test(lines[i])) continue;
      line = line.replace(/\\\s*$/, ' ') + lines[i].trim();
    }
    const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!m) throw new Error(`line ${start + 1}: not an instruction: ${line}`);
    instructions.push({ keyword: m[1].toUpperCase(), args: m[2].trim(), line: start + 1 });
  }
  const globalArgs: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const ins of instructions) {
    if (ins.keyword === 'FROM') {
      const m = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(ins.args);
      if (!m) throw new Error(`line ${ins.line}: FROM ${ins.args}`);
      const image = m[1].replace(/\$\{?(\w+)\}?/g, (_, name: string) => globalArgs[name] ?? `\${${name}}`);
      stages.push({ image, name: m[2] ?? null, instructions: [] });
    } else if (!stages.length) {
      if (ins.keyword !== 'ARG') throw new Error(`line ${ins.line}: ${ins.keyword} before the first FROM`);
      const [name, value] = ins.args.split(/=(.*)/s);
      globalArgs[name] = value ?? '';
    } else {
      stages[stages.length - 1].instructions.push(ins);
    }
  }
  return { globalArgs, stages };
}

/** An exec-form (JSON array) argument, e.g. ENTRYPOINT ["node", "main.js"]; null for shell form. */
export function execForm(args: string): string[] | null {
  const json = args.replace(/^--\S+\s+/g, '');
  if (!json.startsWith('[')) return null;
  return JSON.parse(json) as string[];
}

export const last = (stage: Stage, keyword: string): Instruction | undefined =>
  [...stage.instructions].reverse().find((i) => i.keyword === keyword);
export const all = (stage: Stage, keyword: string): Instruction[] => stage.instructions.filter((i) => i.keyword === keyword);
