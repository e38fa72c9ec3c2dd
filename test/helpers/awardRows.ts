import type { RowValues } from './importFiles'

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ']
const GIVEN = ['Văn An', 'Thị Bình', 'Minh Châu', 'Thị Dung', 'Quốc Huy', 'Thị Lan', 'Đức Long', 'Thu Hà', 'Văn Khoa', 'Ngọc Mai']
const PROVINCES = ['Hà Nội', 'Phú Yên', 'Đắk Lắk', '54', 'Thừa Thiên Huế', 'TP. Hồ Chí Minh', 'Bình Dương', 'Cà Mau', 'Bạc Liêu', 'Lai Châu', 'Hà Giang', 'nghe an', 'Quảng Nam', '92']
const FORMS = ['Bằng khen của Thủ tướng Chính phủ', 'Huân chương Lao động hạng Ba', 'Chiến sĩ thi đua cấp tỉnh', 'Bằng khen của Chủ tịch UBND tỉnh', 'Giấy khen', 'Lao động tiên tiến']
const SECTORS = ['Y tế', 'Giáo dục và đào tạo', 'Nông nghiệp và môi trường', '']

/** A small deterministic generator, so two runs of the bench read the same file. */
const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed / 2 ** 31
}

/** `count` rows of sample award decisions, one to five recipients each (three on average). */
export const awardRows = (count: number): RowValues[] => {
  const next = random(2025)
  const rows: RowValues[] = []
  for (let decision = 1; rows.length < count; decision++) {
    const year = 2015 + (decision % 11)
    const day = `${String(1 + (decision % 28)).padStart(2, '0')}/${String(1 + (decision % 12)).padStart(2, '0')}/${year}`
    const form = FORMS[decision % FORMS.length]
    const recipients = 1 + Math.floor(next() * 5)
    for (let r = 0; r < recipients && rows.length < count; r++) {
      const collective = next() < 0.25
      rows.push({
        decisionDate: day,
        decisionNumber: `${decision}/QĐ-MẪU`,
        directWorker: next() < 0.4 ? 'x' : '',
        ethnicMinority: next() < 0.15 ? 'x' : '',
        form,
        issuer: decision % 3 === 0 ? 'Thủ tướng Chính phủ' : 'Chủ tịch UBND tỉnh (mẫu)',
        province: PROVINCES[Math.floor(next() * PROVINCES.length)],
        reason: 'Đã có thành tích xuất sắc trong phong trào thi đua (dữ liệu mẫu cho đo hiệu năng).',
        recipientKind: collective ? 'Tập thể' : 'Cá nhân',
        recipientName: collective ? `Tổ sản xuất số ${decision}-${r} (mẫu)` : `${FAMILY[(decision + r) % 10]} ${GIVEN[(decision * 7 + r) % 10]} ${decision}-${r} (mẫu)`,
        remote: next() < 0.1 ? 'x' : '',
        sector: SECTORS[decision % SECTORS.length],
        unit: `Đơn vị mẫu số ${decision % 97}`,
      })
    }
  }
  return rows
}
