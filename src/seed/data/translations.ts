/**
 * English versions of part of the demo content, for the /en mirror. Only
 * some documents are translated on purpose: the others show the Vietnamese
 * original with a note, which is what readers will meet on a real site.
 * Arrays (achievements, sources) are given in the same order as the Vietnamese.
 */

export type ExemplarTranslation = {
  /** A person's name is not translated, but the field is required in every language. */
  name: string
  position?: string
  organization: string
  summary: string
  story: string[]
  achievements: string[]
  sourceTitles: string[]
}

export const exemplarTranslations: Record<string, ExemplarTranslation> = {
  'lo-thi-suong': {
    name: 'Lò Thị Sương',
    position: 'Preschool teacher in charge of the Nậm Ngà village school',
    organization: 'Nậm Cuổi Commune Preschool (fictional)',
    summary:
      'For twelve years Thái teacher Lò Thị Sương has taught at a village school 20 km of mountain road from the commune centre, teaching Vietnamese through folk games. Every five-year-old in the village now attends, and her model has spread to many border schools.',
    story: [
      'The Nậm Ngà village school sits close to the border, and in the rainy season landslides often cut the road. In 2013, fresh from teacher-training college, Lò Thị Sương volunteered for its mixed-age class, where many children arrived unable to say a full sentence in Vietnamese.',
      '## Teaching Vietnamese with the village’s own games',
      'She saw that the children learned fastest while playing. She collected Thái nursery rhymes and games such as còn throwing, and “translated” their rules into Vietnamese. Each session the children played first in their mother tongue, then again in Vietnamese. After a year the whole class spoke with confidence.',
      'With the parents she built an “Our village Vietnamese corner” from bamboo, drawings and everyday objects of the village. On many evenings she held a small class for young mothers so that they could speak Vietnamese with their children at home.',
      '## From one class to many schools',
      'In 2021 the education office observed her lessons and reviewed her method. From the 2022–2023 school year it was replicated in schools of ethnic-minority areas across the province, and she has helped train more than 120 teachers.',
      'Asked for her secret, she says simply: “I am from the village; when you understand how the children think, you can teach them.” Her story shows the commitment of the teachers who stay on at the border.',
    ],
    achievements: [
      'Excellent teacher at provincial level (preschool).',
      'The “Our village Vietnamese corner” model reviewed and shared across the province.',
      'Provincial Emulation Fighter.',
      'Certificate of Merit of the Prime Minister.',
      'Provincial Emulation Fighter (second consecutive time).',
    ],
    sourceTitles: ['Summary report of achievements proposing the title of National Emulation Fighter (sample content)'],
  },
  'tran-quoc-dat': {
    name: 'Trần Quốc Đạt',
    position: 'Line operator, head of the innovation team',
    organization: 'Kinh Bắc Electronic Components Co., Ltd. (fictional)',
    summary:
      'A 31-year-old line operator with 14 improvements in use, notably a board-positioning jig that cut soldering defects and saves billions of dong a year. The trade union is training him to lead its innovation movement.',
    story: [
      'Trần Quốc Đạt joined the factory in 2014 after vocational training in electronics. He has the habit of writing down every defect on the line in a small notebook.',
      '## From a notebook of defects to an innovation',
      'Reading through the notebook, he found that most soldering defects came from boards sitting slightly off position as they entered the machine. He designed a positioning jig from materials at hand and tested it on night shifts. Once it was adopted, the defect rate fell markedly.',
      'He set up an innovation team of nine young workers that meets once a week, with one rule: every idea is recorded, however small.',
      '## Trained to pass it on',
      'The trade union sent him on courses in presenting and in writing up innovations, and entered him in the provincial technical creativity contest. The company has made him a one-to-one mentor for new workers.',
    ],
    achievements: ['Provincial Creative Worker.', 'Certificate of Merit of the Chair of the Provincial People’s Committee.', 'Third prize, provincial technical creativity contest (fictional).'],
    sourceTitles: ['Record of recognition of workplace innovations, 2023 (sample content)'],
  },
}

export type DocumentTranslation = { title: string; issuer: string; summary: string }

/** Titles as commonly rendered in English; the Vietnamese text is the authoritative one. */
export const documentTranslations: Record<string, DocumentTranslation> = {
  'loi-keu-goi-thi-dua-ai-quoc-1948': {
    title: 'Call for Patriotic Emulation',
    issuer: 'President Ho Chi Minh',
    summary:
      'President Ho Chi Minh’s call launching the patriotic emulation movement among the whole people during the resistance war against French colonial rule. It sets out the aims, participants and methods of emulation, presenting it as the way to win the resistance and build the nation. 11 June is celebrated every year as the Day of the Patriotic Emulation Tradition.',
  },
  'chi-thi-34-ct-tw-2014': {
    title: 'Directive on continuing to renew emulation and commendation work',
    issuer: 'Politburo',
    summary:
      'The Politburo’s directive of 7 April 2014 calling for emulation movements with clear, practical content and for commendation that is accurate, timely, public and transparent, giving priority to people who work directly in production and combat. It was replaced by Directive 41-CT/TW of 26 December 2024.',
  },
  'luat-thi-dua-khen-thuong-2022': {
    title: 'Law on Emulation and Commendation',
    issuer: 'National Assembly',
    summary:
      'The current law on emulation and commendation, passed on 15 June 2022 and in force from 1 January 2024. It defines emulation titles, the forms of commendation (orders, medals, state honorary titles, prizes, commemorative medals, certificates of merit and of commendation) and the procedures for proposing and deciding them.',
  },
  'nghi-dinh-98-2023-nd-cp': {
    title: 'Decree detailing the Law on Emulation and Commendation',
    issuer: 'Government',
    summary:
      'The Government decree of 31 December 2023 that details the 2022 law: criteria for each title and form, the councils that consider them, nomination files, and the public consultation on nominees before the council meets.',
  },
  'chi-thi-41-ct-tw-2024': {
    title: 'Directive on strengthening the Party’s leadership of emulation and commendation work in the new situation',
    issuer: 'Politburo',
    summary:
      'The Politburo’s directive of 26 December 2024, which replaced Directive 34-CT/TW, asking Party committees to lead emulation movements that serve the tasks of each locality and sector, to discover and replicate exemplars, and to make commendation fair and transparent.',
  },
}

export const columnTranslations: Record<string, { name: string; description: string; licence: string; attribution: string }> = {
  'guong-sang-quanh-ta': {
    name: 'Bright examples around us',
    description:
      'Portraits of outstanding collectives and individuals in the patriotic emulation movements, with priority for people who work directly in production, service and combat, and for exemplars in remote, border and island areas.',
    licence: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    attribution:
      'When republishing, credit: “Source: Thi đua portal – Bright examples around us (sample article)”, with the author’s name and a link to the original. Republished photos must keep their captions and photographers’ names.',
  },
}

export const articleTranslations: Record<string, { title: string; summary: string; body: string[] }> = {
  'co-giao-thai-giu-lua-tieng-viet-o-diem-truong-bien-gioi': {
    title: 'A Thái teacher keeps Vietnamese alive at a border village school',
    summary: 'For twelve years at the Nậm Ngà village school, Lò Thị Sương has turned folk games into the first Vietnamese lessons of children at the border.',
    body: [
      'At six in the morning, with mist still filling the valley, Lò Thị Sương is already at the top of the slope waiting for her pupils. Some ride in on their fathers’ motorbikes, others walk with older brothers and sisters. The Nậm Ngà school has only two classrooms, but it is where many children first say a whole sentence in Vietnamese.',
      '## Lessons that start with the village’s games',
      'In her first years, months went by and the children still would not speak. She tried another way: they played còn throwing and other games in Thái first, then played them again in Vietnamese. Within a term the classroom was full of laughter and clear Vietnamese sentences.',
      'With the parents she built an “Our village Vietnamese corner” of bamboo, hung with drawings of buffaloes, maize baskets and looms. In the evenings she ran a small class for young mothers so that they could keep talking to their children in Vietnamese at home.',
      '## From one small class',
      'Her method was reviewed in 2021 and, from the 2022–2023 school year, replicated in many schools of ethnic-minority areas. In 2025 she was named Provincial Emulation Fighter for the second consecutive time.',
      '> “I am from the village; when you understand how the children think, you can teach them,” says Lò Thị Sương.',
      'Her story reminds us that exemplars are not far away: they are the people who quietly do their work well every day, in the hardest places.',
    ],
  },
}
