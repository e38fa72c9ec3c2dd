import type { SeedProvince } from './types'

/**
 * The 34 provincial-level units in force since 1 July 2025 (Resolution
 * 202/2025/QH15), with the administrative codes each kept from the unit
 * whose name it retained.
 */
export const provinces: SeedProvince[] = [
  { code: '01', name: 'Hà Nội', nameEn: 'Ha Noi', kind: 'city' },
  { code: '04', name: 'Cao Bằng', nameEn: 'Cao Bang', kind: 'province' },
  { code: '08', name: 'Tuyên Quang', nameEn: 'Tuyen Quang', kind: 'province' },
  { code: '11', name: 'Điện Biên', nameEn: 'Dien Bien', kind: 'province' },
  { code: '12', name: 'Lai Châu', nameEn: 'Lai Chau', kind: 'province' },
  { code: '14', name: 'Sơn La', nameEn: 'Son La', kind: 'province' },
  { code: '15', name: 'Lào Cai', nameEn: 'Lao Cai', kind: 'province' },
  { code: '19', name: 'Thái Nguyên', nameEn: 'Thai Nguyen', kind: 'province' },
  { code: '20', name: 'Lạng Sơn', nameEn: 'Lang Son', kind: 'province' },
  { code: '22', name: 'Quảng Ninh', nameEn: 'Quang Ninh', kind: 'province' },
  { code: '24', name: 'Bắc Ninh', nameEn: 'Bac Ninh', kind: 'province' },
  { code: '25', name: 'Phú Thọ', nameEn: 'Phu Tho', kind: 'province' },
  { code: '31', name: 'Hải Phòng', nameEn: 'Hai Phong', kind: 'city' },
  { code: '33', name: 'Hưng Yên', nameEn: 'Hung Yen', kind: 'province' },
  { code: '37', name: 'Ninh Bình', nameEn: 'Ninh Binh', kind: 'province' },
  { code: '38', name: 'Thanh Hóa', nameEn: 'Thanh Hoa', kind: 'province' },
  { code: '40', name: 'Nghệ An', nameEn: 'Nghe An', kind: 'province' },
  { code: '42', name: 'Hà Tĩnh', nameEn: 'Ha Tinh', kind: 'province' },
  { code: '44', name: 'Quảng Trị', nameEn: 'Quang Tri', kind: 'province' },
  { code: '46', name: 'Huế', nameEn: 'Hue', kind: 'city' },
  { code: '48', name: 'Đà Nẵng', nameEn: 'Da Nang', kind: 'city' },
  { code: '51', name: 'Quảng Ngãi', nameEn: 'Quang Ngai', kind: 'province' },
  { code: '52', name: 'Gia Lai', nameEn: 'Gia Lai', kind: 'province' },
  { code: '56', name: 'Khánh Hòa', nameEn: 'Khanh Hoa', kind: 'province' },
  { code: '66', name: 'Đắk Lắk', nameEn: 'Dak Lak', kind: 'province' },
  { code: '68', name: 'Lâm Đồng', nameEn: 'Lam Dong', kind: 'province' },
  { code: '75', name: 'Đồng Nai', nameEn: 'Dong Nai', kind: 'province' },
  { code: '79', name: 'Thành phố Hồ Chí Minh', nameEn: 'Ho Chi Minh City', kind: 'city' },
  { code: '80', name: 'Tây Ninh', nameEn: 'Tay Ninh', kind: 'province' },
  { code: '82', name: 'Đồng Tháp', nameEn: 'Dong Thap', kind: 'province' },
  { code: '86', name: 'Vĩnh Long', nameEn: 'Vinh Long', kind: 'province' },
  { code: '91', name: 'An Giang', nameEn: 'An Giang', kind: 'province' },
  { code: '92', name: 'Cần Thơ', nameEn: 'Can Tho', kind: 'city' },
  { code: '96', name: 'Cà Mau', nameEn: 'Ca Mau', kind: 'province' },
]
