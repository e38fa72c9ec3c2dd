import { awardForms } from '@/collections/Awards/options'
import { foldedWords } from '@/lib/text/words'
import { abbreviations, type AwardFormValue, formWords, knownTitles } from './awardTitles'
import { collapseSpaces, failed, foldKey, matched, type Match } from './result'

export type { AwardFormValue }

export type AwardFormMatch = { form: AwardFormValue; title: string }

type Recognised = AwardFormMatch & { known: boolean }

const CLASS_WORDS: Record<string, string> = { '1': 'nhat', '2': 'nhi', '3': 'ba', ba: 'ba', i: 'nhat', ii: 'nhi', iii: 'ba', nhat: 'nhat', nhi: 'nhi' }
const CLASS_NAMES = ['Nhất', 'Nhì', 'Ba']

/**
 * Folded words with abbreviations spelled out, "của" dropped and classes in
 * one spelling, so "HCLĐ hạng 2" and "Huân chương Lao động hạng Nhì" meet,
 * as do "Bằng khen Thủ tướng" and "bang khen cua thu tuong".
 */
export const awardKey = (text: string): string => {
  const words = foldedWords(text)
    .flatMap((w) => (abbreviations[w] ?? w).split(' '))
    .filter((w) => w !== 'cua')
  return words.map((w, i) => (words[i - 1] === 'hang' && CLASS_WORDS[w] ? CLASS_WORDS[w] : w)).join(' ')
}

const formName = (form: AwardFormValue): string => formWords.find((f) => f.form === form)?.name ?? form

/** Each known title (and class) by key → its spelling. */
const known = new Map<string, AwardFormMatch>()
for (const t of knownTitles) {
  const titles = t.classes ? [t.title, ...CLASS_NAMES.slice(0, t.classes).map((c) => `${t.title} hạng ${c}`)] : [t.title]
  for (const title of titles) known.set(awardKey(title), { form: t.form, title })
  for (const alias of t.aliases ?? []) known.set(awardKey(alias), { form: t.form, title: t.title })
}

/** The form named alone, in Vietnamese or as the admin's English label or value. */
const formAlone = new Map<string, AwardFormMatch>()
for (const f of formWords) for (const words of [f.name, ...(f.exact ?? [])]) formAlone.set(awardKey(words), { form: f.form, title: f.name })
for (const o of awardForms) {
  const form = o.value as AwardFormValue // the option list is not `as const`; its values are the select's
  for (const words of [o.label.vi, o.label.en, o.value]) formAlone.set(awardKey(words), { form, title: formName(form) })
}

// Longest first, so a specific phrase wins over a short one it starts with.
const starts = formWords.flatMap((f) => f.starts.map((words) => ({ form: f.form, words }))).sort((a, b) => b.words.length - a.words.length)

const startsWithWords = (key: string, words: string) => key === words || key.startsWith(`${words} `)

/** "Danh hiệu Anh hùng Lao động" is "Anh hùng Lao động"; a form-naming lead keeps its form as a condition. */
const LEADS: { words: string; form?: AwardFormValue }[] = [
  { form: 'stateHonoraryTitle', words: 'danh hieu vinh du nha nuoc' },
  { form: 'emulationTitle', words: 'danh hieu thi dua' },
  { words: 'danh hieu' },
]

const recogniseKey = (key: string, asWritten: string): Recognised | undefined => {
  const alone = formAlone.get(key)
  if (alone) return { ...alone, known: false }
  const exact = known.get(key)
  if (exact) return { ...exact, known: true }
  const lead = LEADS.find((l) => key.startsWith(`${l.words} `))
  if (lead) {
    const rest = recogniseKey(key.slice(lead.words.length + 1), asWritten)
    if (!lead.form) return rest
    // "Danh hiệu thi đua Anh hùng Lao động" names two forms: not a guess to make.
    if (rest) return rest.form === lead.form ? rest : undefined
    return { form: lead.form, known: false, title: asWritten }
  }
  const rule = starts.find((s) => startsWithWords(key, s.words))
  return rule && { form: rule.form, known: false, title: asWritten }
}

/** What a form or title cell names, or undefined when it names no form (or two). */
export const recogniseAward = (text: string): Recognised | undefined => {
  const asWritten = collapseSpaces(text)
  return recogniseKey(awardKey(asWritten), asWritten)
}

const ACCEPTED = `${formWords.map((f) => f.name).join(', ')}, hoặc tên đầy đủ như "Huân chương Lao động hạng Ba", "Bằng khen của Thủ tướng Chính phủ"`

/**
 * The award form, and the title or class, from a form cell and an optional
 * title cell. The form cell may be the form alone or a full title; a title
 * cell, when given, supplies the title and must agree with the form.
 * Recognised titles come back in one spelling; others as written.
 */
export const matchAwardForm = ({ form, title }: { form: string; title?: string }): Match<AwardFormMatch> => {
  const fromForm = recogniseAward(form)
  if (!fromForm) return failed(`Không nhận ra hình thức khen thưởng "${collapseSpaces(form)}"; ghi một trong: ${ACCEPTED}.`)
  const titleText = collapseSpaces(title ?? '')
  if (!titleText) return matched({ form: fromForm.form, title: fromForm.title })
  // A title cell that gives only the class ("Hạng Ba") completes the form cell's order or medal.
  const classOnly = /^hang\b/.test(foldKey(titleText)) ? recogniseAward(`${fromForm.title} ${titleText}`) : undefined
  if (classOnly?.known && classOnly.form === fromForm.form) return matched({ form: classOnly.form, title: classOnly.title })
  const fromTitle = recogniseAward(titleText)
  if (fromTitle && fromTitle.form !== fromForm.form) {
    return failed(
      `Hình thức "${collapseSpaces(form)}" (${formName(fromForm.form)}) không khớp với danh hiệu "${titleText}" (${formName(fromTitle.form)}).`,
    )
  }
  // "Huân chương Lao động" in the form cell and "… hạng Ba" in the title cell agree; "… hạng Nhì" and "… hạng Ba" do not.
  if (fromTitle?.known && fromForm.known && !startsWithWords(awardKey(fromTitle.title), awardKey(fromForm.title))) {
    return failed(`Cột hình thức ghi "${fromForm.title}" nhưng cột danh hiệu ghi "${fromTitle.title}"; hai cột phải cùng một danh hiệu.`)
  }
  return matched({ form: fromForm.form, title: fromTitle ? fromTitle.title : titleText })
}
