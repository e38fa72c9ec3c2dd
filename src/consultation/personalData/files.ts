import { OPINION_EXPORT_HEADER, opinionRows } from '@/consultation/export/rows'
import { toCsv } from '@/lib/spreadsheets/csv'
import type { PersonsOpinion } from './find'
import type { PersonQuery } from './match'

const nominationOf = (o: PersonsOpinion) => (typeof o.nomination === 'object' ? o.nomination : { id: o.nomination, slug: null, title: '' })

/** What the person is given back: their own words and what we stored with them, nothing about anyone else. */
export const personsOpinionsJson = ({ opinions, query }: { opinions: PersonsOpinion[]; query: PersonQuery }) => ({
  request: { contact: query.contact, ...(query.name ? { name: query.name } : {}) },
  exportedAt: new Date().toISOString(),
  count: opinions.length,
  opinions: opinions.map((o) => ({
    id: o.id,
    nomination: nominationOf(o),
    fullName: o.fullName,
    contact: o.contact,
    address: o.address,
    stance: o.stance,
    text: o.text,
    reviewed: Boolean(o.reviewed),
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  })),
})

/** The council's spreadsheet columns (consultation/export), led by the nomination each opinion was about. */
export const personsOpinionsCsv = (opinions: PersonsOpinion[]): string =>
  toCsv([['Hồ sơ đề nghị', ...OPINION_EXPORT_HEADER], ...opinionRows(opinions).map((cells, index) => [nominationOf(opinions[index]).title, ...cells])])
