import { exemplars } from '../data/exemplars'
import { asRef, seedOptions, type SeedContext, type StepResult } from '../context'

/** Site settings and home picks are set once; an editor's later changes are kept. */
export const seedGlobals = async ({ payload, refs }: SeedContext): Promise<StepResult> => {
  const settings = await payload.findGlobal({ depth: 0, overrideAccess: true, slug: 'site-settings' })
  const home = await payload.findGlobal({ depth: 0, overrideAccess: true, slug: 'home' })
  let created = 0
  if (!settings.tagline) {
    await payload.updateGlobal({
      data: {
        contact: {
          address: 'Số 1 Đường Mẫu, phường Ba Đình, Hà Nội (địa chỉ mẫu)',
          email: 'lienhe@thidua.example.vn',
          organization: 'Ban biên tập Cổng Thi đua (mẫu)',
          phone: '024 0000 0000',
        },
        footerLinks: [
          { label: 'Giới thiệu', url: '/gioi-thieu' },
          { label: 'Đối tác báo chí', url: '/doi-tac' },
        ],
        siteName: 'Thi đua',
        tagline: 'Thi đua là yêu nước, yêu nước thì phải thi đua',
      },
      slug: 'site-settings',
      ...seedOptions,
    })
    created++
  }
  const featured = exemplars.filter((e) => e.featured && !e.draft).map((e) => refs.exemplars.get(e.key))
  if (!home.featuredExemplars?.length) {
    await payload.updateGlobal({
      data: {
        featuredColumns: [...refs.columns.values()].slice(0, 3).map(asRef),
        featuredExemplars: featured.filter((id) => id !== undefined).map(asRef),
        intro: 'Cổng thông tin giới thiệu gương điển hình tiên tiến, phong trào thi đua yêu nước và công tác khen thưởng (nội dung mẫu).',
      },
      slug: 'home',
      ...seedOptions,
    })
    created++
  }
  return { created, existing: 2 - created }
}
