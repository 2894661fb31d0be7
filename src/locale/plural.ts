/** Plurals by `Intl.PluralRules`, for translations whose languages have more forms than one and many. */

/** The forms of a counted phrase by plural category; `#` stands for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** `count` in the form its plural category takes in `language`: `plural('en', 2, { one: '# day', other: '# days' })` is `2 days`. */
export function plural(language: string, count: number, forms: PluralForms): string {
  let rule = rules.get(language);
  if (!rule) rules.set(language, (rule = new Intl.PluralRules(language)));
  let number = numbers.get(language);
  if (!number) numbers.set(language, (number = new Intl.NumberFormat(language)));
  return (forms[rule.select(count)] ?? forms.other).replaceAll('#', number.format(count));
}
