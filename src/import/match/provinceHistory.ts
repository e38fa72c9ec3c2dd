/**
 * Where each former provincial-level unit went. Resolution 202/2025/QH15
 * (in force 1 July 2025) merged the 63 units into 34; records from before
 * then name the old units. `current` is the name of the unit a former one is
 * now part of, as the `provinces` collection writes it (src/seed/data/provinces.ts).
 * Codes are the General Statistics Office codes the 63 units had; each
 * current unit kept the code of one of its parts.
 */
export type FormerProvince = {
  code: string
  name: string
  current: string
  /** Other ways offices write it; matched like the name (no case, tones or punctuation). */
  variants?: string[]
}

export const formerProvinces: FormerProvince[] = [
  { code: '01', current: 'Hà Nội', name: 'Hà Nội' },
  { code: '02', current: 'Tuyên Quang', name: 'Hà Giang' },
  { code: '04', current: 'Cao Bằng', name: 'Cao Bằng' },
  { code: '06', current: 'Thái Nguyên', name: 'Bắc Kạn', variants: ['Bắc Cạn'] },
  { code: '08', current: 'Tuyên Quang', name: 'Tuyên Quang' },
  { code: '10', current: 'Lào Cai', name: 'Lào Cai' },
  { code: '11', current: 'Điện Biên', name: 'Điện Biên' },
  { code: '12', current: 'Lai Châu', name: 'Lai Châu' },
  { code: '14', current: 'Sơn La', name: 'Sơn La' },
  { code: '15', current: 'Lào Cai', name: 'Yên Bái' },
  { code: '17', current: 'Phú Thọ', name: 'Hòa Bình' },
  { code: '19', current: 'Thái Nguyên', name: 'Thái Nguyên' },
  { code: '20', current: 'Lạng Sơn', name: 'Lạng Sơn' },
  { code: '22', current: 'Quảng Ninh', name: 'Quảng Ninh' },
  { code: '24', current: 'Bắc Ninh', name: 'Bắc Giang' },
  { code: '25', current: 'Phú Thọ', name: 'Phú Thọ' },
  { code: '26', current: 'Phú Thọ', name: 'Vĩnh Phúc' },
  { code: '27', current: 'Bắc Ninh', name: 'Bắc Ninh' },
  { code: '30', current: 'Hải Phòng', name: 'Hải Dương' },
  { code: '31', current: 'Hải Phòng', name: 'Hải Phòng' },
  { code: '33', current: 'Hưng Yên', name: 'Hưng Yên' },
  { code: '34', current: 'Hưng Yên', name: 'Thái Bình' },
  { code: '35', current: 'Ninh Bình', name: 'Hà Nam' },
  { code: '36', current: 'Ninh Bình', name: 'Nam Định' },
  { code: '37', current: 'Ninh Bình', name: 'Ninh Bình' },
  { code: '38', current: 'Thanh Hóa', name: 'Thanh Hóa' },
  { code: '40', current: 'Nghệ An', name: 'Nghệ An' },
  { code: '42', current: 'Hà Tĩnh', name: 'Hà Tĩnh' },
  { code: '44', current: 'Quảng Trị', name: 'Quảng Bình' },
  { code: '45', current: 'Quảng Trị', name: 'Quảng Trị' },
  { code: '46', current: 'Huế', name: 'Thừa Thiên Huế', variants: ['TT Huế', 'Thừa Thiên'] },
  { code: '48', current: 'Đà Nẵng', name: 'Đà Nẵng' },
  { code: '49', current: 'Đà Nẵng', name: 'Quảng Nam' },
  { code: '51', current: 'Quảng Ngãi', name: 'Quảng Ngãi' },
  { code: '52', current: 'Gia Lai', name: 'Bình Định' },
  { code: '54', current: 'Đắk Lắk', name: 'Phú Yên' },
  { code: '56', current: 'Khánh Hòa', name: 'Khánh Hòa' },
  { code: '58', current: 'Khánh Hòa', name: 'Ninh Thuận' },
  { code: '60', current: 'Lâm Đồng', name: 'Bình Thuận' },
  { code: '62', current: 'Quảng Ngãi', name: 'Kon Tum', variants: ['Kontum'] },
  { code: '64', current: 'Gia Lai', name: 'Gia Lai' },
  { code: '66', current: 'Đắk Lắk', name: 'Đắk Lắk' },
  { code: '67', current: 'Lâm Đồng', name: 'Đắk Nông', variants: ['Đắc Nông', 'Daknong'] },
  { code: '68', current: 'Lâm Đồng', name: 'Lâm Đồng' },
  { code: '70', current: 'Đồng Nai', name: 'Bình Phước' },
  { code: '72', current: 'Tây Ninh', name: 'Tây Ninh' },
  { code: '74', current: 'Thành phố Hồ Chí Minh', name: 'Bình Dương' },
  { code: '75', current: 'Đồng Nai', name: 'Đồng Nai' },
  { code: '77', current: 'Thành phố Hồ Chí Minh', name: 'Bà Rịa – Vũng Tàu', variants: ['BR-VT', 'BRVT'] },
  { code: '79', current: 'Thành phố Hồ Chí Minh', name: 'TP Hồ Chí Minh' },
  { code: '80', current: 'Tây Ninh', name: 'Long An' },
  { code: '82', current: 'Đồng Tháp', name: 'Tiền Giang' },
  { code: '83', current: 'Vĩnh Long', name: 'Bến Tre' },
  { code: '84', current: 'Vĩnh Long', name: 'Trà Vinh' },
  { code: '86', current: 'Vĩnh Long', name: 'Vĩnh Long' },
  { code: '87', current: 'Đồng Tháp', name: 'Đồng Tháp' },
  { code: '89', current: 'An Giang', name: 'An Giang' },
  { code: '91', current: 'An Giang', name: 'Kiên Giang' },
  { code: '92', current: 'Cần Thơ', name: 'Cần Thơ' },
  { code: '93', current: 'Cần Thơ', name: 'Hậu Giang' },
  { code: '94', current: 'Cần Thơ', name: 'Sóc Trăng' },
  { code: '95', current: 'Cà Mau', name: 'Bạc Liêu' },
  { code: '96', current: 'Cà Mau', name: 'Cà Mau' },
]

/**
 * Units older than the 63, accepted by name only when the whole unit went
 * into one of the 34: Hà Tây joined Hà Nội entirely on 1 August 2008
 * (Resolution 15/2008/QH12). Pre-1997 units such as Hà Bắc or Minh Hải are
 * left out: boundaries moved between them over the years, so a mapping would
 * be a guess.
 */
export const olderProvinces: Omit<FormerProvince, 'code'>[] = [{ current: 'Hà Nội', name: 'Hà Tây' }]

/**
 * Other ways of writing a current unit. "Sài Gòn" is the city's everyday
 * name and points at nothing else, so it is accepted.
 */
export const currentVariants: Record<string, string[]> = {
  'Đắk Lắk': ['Đắc Lắc', 'Đắk Lắc', 'Đắc Lắk', 'Daklak'],
  'Thành phố Hồ Chí Minh': ['HCM', 'TPHCM', 'TP.HCM', 'HCMC', 'Ho Chi Minh City', 'Sài Gòn'],
}
