/**
 * `alerts.yml`: which monitoring alerts propose which incident. An alert takes the first rule
 * whose every `match` label has the value given (or one of those listed); the rule says which
 * components the incident affects, in which status, and its impact. Validated by `check` and the
 * build with located errors, like every configuration file.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { error, type Diagnostic } from '../core/diagnostics.ts';
import { readYamlFile } from '../content/load-content.ts';
import type { YamlSource } from '../content/yaml-source.ts';
import { catalogIndex } from '../core/catalog.ts';
import type { ComponentCatalog } from '../schemas/components-schema.ts';
import { kebabId, shortText } from '../schemas/field-types.ts';
import { COMPONENT_STATUSES, IMPACTS } from '../schemas/status-vocabulary.ts';
import { didYouMean } from '../schemas/suggest.ts';
import type { Alert } from './alert-notification.ts';

/** The rules file's name, beside `site.yml`. */
export const ALERTS_FILE = 'alerts.yml';

const labelValue = z.union([z.string(), z.number(), z.boolean()], { error: 'should be a label value, such as `critical`' }).transform(String);

const ruleSchema = z.strictObject({
  /** Labels the alert must carry, each with this value or one of these values. */
  match: z
    .record(z.string().min(1), z.union([labelValue, z.array(labelValue).min(1, 'is an empty list; give at least one value')]), {
      error: 'should map label names to values, such as `{ service: api, severity: critical }`',
    })
    .refine((labels) => Object.keys(labels).length > 0, 'is empty: a rule without labels would take every alert; name at least one, such as `service: api`'),
  /** The incident's title as customers read it; the alert's own summary when absent. */
  title: shortText.optional(),
  impact: z.enum(IMPACTS),
  components: z
    .record(kebabId, z.enum(COMPONENT_STATUSES), { error: 'should map component ids to statuses, such as `api: major_outage`' })
    .refine((map) => Object.keys(map).length > 0, 'is empty; name each component the alert affects with its status, such as `api: major_outage`'),
});

/** The whole file: rules in the order they are tried. */
export const alertRulesSchema = z.strictObject({
  rules: z.array(ruleSchema, { error: 'should be a list of rules' }).min(1, 'is empty; add a rule, such as `- match: { service: api }`'),
});

/** One rule, with the line it starts on (for messages that point at it). */
export type AlertRule = z.output<typeof ruleSchema> & { line: number };

/** The rules of a site, as read. */
export interface AlertRules {
  rules: AlertRule[];
  /** Where `rules:` is written, for a message about the file as a whole. */
  line: number;
}

function checkComponents(rules: z.output<typeof alertRulesSchema>, source: YamlSource, catalog: ComponentCatalog | undefined): Diagnostic[] {
  if (!catalog) return [];
  const known = catalogIndex(catalog).componentIds;
  return rules.rules.flatMap((rule, index) =>
    Object.keys(rule.components)
      .filter((id) => !known.includes(id))
      .map((id) => {
        const { line, column } = source.locate(['rules', index, 'components', id]);
        return error(ALERTS_FILE, line, column, `\`${id}\` is not a component in components/components.yml.${didYouMean(id, known)}`);
      }),
  );
}

/** `alerts.yml`, validated against the catalogue; `present` is false when the site has none. */
export async function readAlertRules(
  contentDir: string,
  catalog: ComponentCatalog | undefined,
): Promise<{ present: boolean; value?: AlertRules; diagnostics: Diagnostic[] }> {
  if (!existsSync(join(contentDir, ALERTS_FILE))) return { present: false, diagnostics: [] };
  let lines: { rules: number[]; file: number } = { rules: [], file: 1 };
  const read = await readYamlFile(contentDir, ALERTS_FILE, alertRulesSchema, (value, source) => {
    lines = { rules: value.rules.map((_, index) => source.locate(['rules', index]).line), file: source.locate(['rules']).line };
    return checkComponents(value, source, catalog);
  });
  if (!read.value) return { present: true, diagnostics: read.diagnostics };
  return { present: true, value: { rules: read.value.rules.map((rule, index) => ({ ...rule, line: lines.rules[index] })), line: lines.file }, diagnostics: [] };
}

const matches = (rule: AlertRule, labels: Record<string, string>) =>
  Object.entries(rule.match).every(([name, wanted]) => labels[name] !== undefined && (Array.isArray(wanted) ? wanted : [wanted]).includes(labels[name]));

/** The rule an alert takes, or a located error naming the rules file that says why none matched. */
export function ruleFor(alert: Alert, rules: AlertRules): { rule: AlertRule } | { error: Diagnostic } {
  const rule = rules.rules.find((candidate) => matches(candidate, alert.labels));
  if (rule) return { rule };
  const labels =
    Object.entries(alert.labels)
      .map(([name, value]) => `${name}=${value}`)
      .join(', ') || 'none';
  // The nearest rule: one whose labels the alert all carries, with a value that differs.
  const near = rules.rules.find((candidate) => Object.keys(candidate.match).every((name) => alert.labels[name] !== undefined));
  const hint = near
    ? ` The rule at line ${near.line} wants ${Object.entries(near.match)
        .filter(([name]) => !matches({ ...near, match: { [name]: near.match[name] } }, alert.labels))
        .map(([name, wanted]) => `${name}: ${[wanted].flat().join(' or ')} (the alert has \`${alert.labels[name]}\`)`)
        .join(', ')}.`
    : '';
  return {
    error: error(
      ALERTS_FILE,
      near?.line ?? rules.line,
      1,
      `no rule matches the alert “${alert.summary}” (labels: ${labels}), so nothing was proposed.${hint} Add a rule for it, such as \`- match: { ${Object.keys(alert.labels)[0] ?? 'alertname'}: ${Object.values(alert.labels)[0] ?? '…'} }\` with its \`impact\` and \`components\``,
    ),
  };
}
