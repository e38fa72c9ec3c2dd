import type { Locale } from '@/i18n/locales'

/** The partner guide's prose, per language (code samples are shared and stay in English). */
export const GUIDE_TEXT: Record<Locale, {
  apiIntro: string
  apiKey: string
  description: string
  embedIntro: string
  embedOembed: string
  feedsIntro: string
  headings: { api: string; embed: string; feeds: string; licence: string }
  intro: string
  licence: string[]
  limits: (perMinute: number) => string
  title: string
  feedNames: { all: string; consultations: string; events: string; exemplars: string; movements: string }
}> = {
  vi: {
    apiIntro: 'API chỉ đọc trả nội dung đã công bố qua REST (/api/…) và GraphQL (/api/graphql). Không bao giờ có bản nháp.',
    apiKey:
      'Mỗi cơ quan báo chí được cấp một tài khoản đối tác và một khóa API; gửi khóa trong tiêu đề Authorization. Để gọi API từ trình duyệt, hãy đăng ký các nguồn (https://ten-mien) của trang báo với quản trị viên.',
    description: 'Hướng dẫn nhúng, nguồn tin RSS/Atom/JSON Feed, API đọc dữ liệu và điều kiện sử dụng cho cơ quan báo chí.',
    embedIntro: 'Mỗi bài viết, gương điển hình, phong trào và chuyên mục có ô “Nhúng / Embed” ở cuối trang để sao chép mã. Có hai cách:',
    embedOembed: 'Với WordPress và các hệ thống hỗ trợ oEmbed, chỉ cần dán đường dẫn trang vào bài viết; điểm oEmbed là /api/oembed.',
    feedsIntro: 'Nguồn tin có nội dung đầy đủ, ảnh đại diện, tác giả, ngày đăng và giấy phép của chuyên mục.',
    headings: { api: 'API cho đối tác', embed: 'Nhúng nội dung', feeds: 'Nguồn tin (RSS, Atom, JSON Feed)', licence: 'Điều kiện sử dụng' },
    intro: 'Cơ quan báo chí, đài phát thanh, truyền hình và trang thông tin có thể đăng lại các chuyên mục tuyên truyền gương điển hình, phong trào thi đua bằng một lần dán mã, hoặc lấy tự động qua nguồn tin và API.',
    licence: [
      'Bài viết trong các chuyên mục dùng giấy phép ghi ở cuối mỗi bài (mặc định CC BY 4.0): được đăng lại, kể cả thương mại, khi ghi rõ nguồn, tác giả và đường dẫn tới bài gốc.',
      'Ảnh giữ nguyên chú thích, tên tác giả và giấy phép ghi kèm ảnh.',
      'Không sửa nội dung làm sai lệch thông tin về người, tập thể được nêu gương.',
    ],
    limits: (perMinute) => `Mỗi khóa được gọi tối đa ${perMinute} lượt mỗi phút (mặc định); vượt hạn mức nhận mã 429 kèm Retry-After. Khóa sai hoặc đã thu hồi nhận mã 401.`,
    title: 'Dành cho đối tác báo chí',
    feedNames: { all: 'Tất cả bài viết', consultations: 'Hồ sơ đang lấy ý kiến nhân dân', events: 'Sự kiện', exemplars: 'Gương điển hình', movements: 'Phong trào thi đua' },
  },
  en: {
    apiIntro: 'The read-only API returns published content over REST (/api/…) and GraphQL (/api/graphql). Drafts are never included.',
    apiKey:
      'Each media organization gets a partner account and an API key; send the key in the Authorization header. To call the API from a browser, register your site’s origins (https://your-domain) with the administrator.',
    description: 'How to embed, RSS/Atom/JSON feeds, the read API and the terms of reuse for media organizations.',
    embedIntro: 'Every article, exemplar, movement and column has an “Embed” panel at the end of the page to copy the code. Two ways:',
    embedOembed: 'In WordPress and other oEmbed consumers, just paste the page URL into a post; the oEmbed endpoint is /api/oembed.',
    feedsIntro: 'Feeds carry full content, the lead image, author, dates and the column’s licence.',
    headings: { api: 'API for partners', embed: 'Embedding', feeds: 'Feeds (RSS, Atom, JSON Feed)', licence: 'Terms of reuse' },
    intro: 'Newspapers, radio and television stations and news sites can republish our columns on exemplars and emulation movements with one paste, or pull them automatically by feed and API.',
    licence: [
      'Column articles carry the licence shown at the end of each one (CC BY 4.0 by default): republish them, commercially too, crediting the source, the author and linking to the original.',
      'Photos keep their captions, photographers’ names and licence.',
      'Do not edit content in a way that misrepresents the people and collectives it honours.',
    ],
    limits: (perMinute) => `Each key may make up to ${perMinute} requests per minute (default); beyond that the answer is 429 with Retry-After. A wrong or revoked key gets 401.`,
    title: 'For media partners',
    feedNames: { all: 'All articles', consultations: 'Nominations open for public comment', events: 'Events', exemplars: 'Exemplars', movements: 'Emulation movements' },
  },
}
