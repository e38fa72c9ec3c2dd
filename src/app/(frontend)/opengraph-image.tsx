import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from '../../lib/og/renderOgImage'

export const alt = 'Thi đua – Cổng thông tin thi đua, khen thưởng'
export const size = OG_SIZE
export const contentType = OG_CONTENT_TYPE

const Image = () => renderOgImage({ eyebrow: 'Thi đua là yêu nước, yêu nước thì phải thi đua', subtitle: 'Gương điển hình tiên tiến, phong trào thi đua, khen thưởng và tài liệu đào tạo', title: 'Cổng thông tin thi đua, khen thưởng' })

export default Image
