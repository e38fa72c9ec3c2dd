import { describe, expect, it } from 'vitest'

import { awardForms } from '@/collections/Awards/options'
import { type AwardFormValue, matchAwardForm } from '@/import/match/awardForms'

const expectForm = (input: { form: string; title?: string }, form: AwardFormValue, title: string) => {
  const result = matchAwardForm(input)
  if (!result.ok) throw new Error(`${input.form} / ${input.title}: ${result.message}`)
  expect(result.value, `${input.form} / ${input.title}`).toEqual({ form, title })
}

const expectError = (input: { form: string; title?: string }, ...parts: string[]) => {
  const result = matchAwardForm(input)
  expect(result.ok, `${input.form} / ${input.title}`).toBe(false)
  for (const part of parts) expect(!result.ok && result.message).toContain(part)
}

describe('matchAwardForm: one cell', () => {
  it('reads the form alone, in Vietnamese, folded, or as the admin label', () => {
    const cases: [string, AwardFormValue, string][] = [
      ['Huân chương', 'order', 'Huân chương'], ['huy chuong', 'medal', 'Huy chương'], ['Bằng khen', 'certificateOfMerit', 'Bằng khen'],
      ['GIẤY KHEN', 'certificateOfCommendation', 'Giấy khen'], ['Kỷ niệm chương', 'commemorativeMedal', 'Kỷ niệm chương'],
      ['Danh hiệu thi đua', 'emulationTitle', 'Danh hiệu thi đua'], ['Danh hiệu vinh dự Nhà nước', 'stateHonoraryTitle', 'Danh hiệu vinh dự Nhà nước'],
      ['Giải thưởng', 'prize', 'Giải thưởng'], ['Certificate of merit', 'certificateOfMerit', 'Bằng khen'], ['order', 'order', 'Huân chương'],
    ]
    for (const [form, value, title] of cases) expectForm({ form }, value, title)
    for (const option of awardForms) {
      const result = matchAwardForm({ form: option.label.vi })
      expect(result.ok && result.value.form, option.label.vi).toBe(option.value)
    }
  })

  it('reads a full title and gives it back in one spelling', () => {
    const cases: [string, AwardFormValue, string][] = [
      ['Bằng khen Thủ tướng', 'certificateOfMerit', 'Bằng khen của Thủ tướng Chính phủ'],
      ['bang khen cua thu tuong chinh phu', 'certificateOfMerit', 'Bằng khen của Thủ tướng Chính phủ'],
      ['BK TTg', 'certificateOfMerit', 'Bằng khen của Thủ tướng Chính phủ'],
      ['huan chuong lao dong hang ba', 'order', 'Huân chương Lao động hạng Ba'],
      ['Huân chương Lao động hạng III', 'order', 'Huân chương Lao động hạng Ba'],
      ['HCLĐ hạng Nhì', 'order', 'Huân chương Lao động hạng Nhì'],
      ['Huân chương Độc lập hạng 1', 'order', 'Huân chương Độc lập hạng Nhất'],
      ['Huân chương Kháng chiến hạng Nhì', 'order', 'Huân chương Kháng chiến hạng Nhì'],
      ['Huân chương Hồ Chí Minh', 'order', 'Huân chương Hồ Chí Minh'],
      ['Chiến sĩ thi đua toàn quốc', 'emulationTitle', 'Chiến sĩ thi đua toàn quốc'],
      ['chien si thi dua cap tinh', 'emulationTitle', 'Chiến sĩ thi đua cấp tỉnh'],
      ['Danh hiệu Chiến sĩ thi đua cơ sở', 'emulationTitle', 'Chiến sĩ thi đua cơ sở'],
      ['CSTĐ cơ sở', 'emulationTitle', 'Chiến sĩ thi đua cơ sở'],
      ['Lao động tiên tiến', 'emulationTitle', 'Lao động tiên tiến'],
      ['Tập thể lao động xuất sắc', 'emulationTitle', 'Tập thể lao động xuất sắc'],
      ['Cờ thi đua của Chính phủ', 'emulationTitle', 'Cờ thi đua của Chính phủ'],
      ['Cờ thi đua Chính phủ', 'emulationTitle', 'Cờ thi đua của Chính phủ'],
      ['Cờ thi đua cấp tỉnh', 'emulationTitle', 'Cờ thi đua cấp tỉnh'],
      ['Anh hùng Lao động', 'stateHonoraryTitle', 'Anh hùng Lao động'],
      ['Anh hùng LLVTND', 'stateHonoraryTitle', 'Anh hùng Lực lượng vũ trang nhân dân'],
      ['Danh hiệu Anh hùng Lực lượng vũ trang nhân dân', 'stateHonoraryTitle', 'Anh hùng Lực lượng vũ trang nhân dân'],
      ['Bà mẹ Việt Nam anh hùng', 'stateHonoraryTitle', 'Bà mẹ Việt Nam anh hùng'],
      ['Mẹ Việt Nam Anh hùng', 'stateHonoraryTitle', 'Bà mẹ Việt Nam anh hùng'],
      ['Nhà giáo nhân dân', 'stateHonoraryTitle', 'Nhà giáo nhân dân'], ['NGƯT', 'stateHonoraryTitle', 'Nhà giáo ưu tú'],
      ['Thầy thuốc ưu tú', 'stateHonoraryTitle', 'Thầy thuốc ưu tú'], ['TTND', 'stateHonoraryTitle', 'Thầy thuốc nhân dân'],
      ['Nghệ sĩ nhân dân', 'stateHonoraryTitle', 'Nghệ sĩ nhân dân'], ['NSƯT', 'stateHonoraryTitle', 'Nghệ sĩ ưu tú'],
      ['Nghệ nhân ưu tú', 'stateHonoraryTitle', 'Nghệ nhân ưu tú'],
      ['Giải thưởng Hồ Chí Minh', 'prize', 'Giải thưởng Hồ Chí Minh'], ['giai thuong nha nuoc', 'prize', 'Giải thưởng Nhà nước'],
      ['Huy chương Quân kỳ quyết thắng', 'medal', 'Huy chương Quân kỳ quyết thắng'],
      ['Huy chương Chiến sĩ vẻ vang hạng Ba', 'medal', 'Huy chương Chiến sĩ vẻ vang hạng Ba'],
      ['huy chuong chien si ve vang', 'medal', 'Huy chương Chiến sĩ vẻ vang'],
    ]
    for (const [form, value, title] of cases) expectForm({ form }, value, title)
  })

  it('keeps titles it does not know as written, with their form', () => {
    const cases: [string, AwardFormValue][] = [
      ['Giấy khen của Giám đốc Sở Giáo dục và Đào tạo', 'certificateOfCommendation'],
      ['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Nghệ An', 'certificateOfMerit'],
      ['Kỷ niệm chương Vì sự nghiệp thi đua – khen thưởng', 'commemorativeMedal'],
      ['Giải thưởng Nhà nước về văn học, nghệ thuật', 'prize'],
      ['Chiến sĩ thi đua cấp huyện', 'emulationTitle'],
    ]
    for (const [form, value] of cases) expectForm({ form: `  ${form.replace(/ /g, '  ')} ` }, value, form)
  })

  it('never takes a specific phrase for a generic one', () => {
    expectForm({ form: 'Kỷ niệm chương Vì thế hệ trẻ' }, 'commemorativeMedal', 'Kỷ niệm chương Vì thế hệ trẻ')
    expectForm({ form: 'Cờ thi đua của Bộ Công an' }, 'emulationTitle', 'Cờ thi đua của Bộ Công an')
    expectForm({ form: 'Huy chương Hữu nghị' }, 'medal', 'Huy chương Hữu nghị')
    expectForm({ form: 'Huân chương Hữu nghị' }, 'order', 'Huân chương Hữu nghị')
  })

  it('reads a title after "Danh hiệu …" words, when they agree', () => {
    expectForm({ form: 'Danh hiệu vinh dự Nhà nước Anh hùng Lao động' }, 'stateHonoraryTitle', 'Anh hùng Lao động')
    expectForm({ form: 'Danh hiệu thi đua Chiến sĩ thi đua toàn quốc' }, 'emulationTitle', 'Chiến sĩ thi đua toàn quốc')
    expectForm({ form: 'Danh hiệu Chiến sĩ thi đua cấp huyện' }, 'emulationTitle', 'Danh hiệu Chiến sĩ thi đua cấp huyện')
    expectForm({ form: 'Danh hiệu thi đua cấp huyện' }, 'emulationTitle', 'Danh hiệu thi đua cấp huyện')
    expectError({ form: 'Danh hiệu thi đua Anh hùng Lao động' }, 'Không nhận ra hình thức khen thưởng')
  })

  it('rejects what names no form, listing the forms', () => {
    for (const form of ['Khen thưởng', 'Danh hiệu', 'Danh hiệu Gia đình văn hóa', 'Giải thưởng Báo chí quốc gia', 'Huân chươn', 'Bằng', 'HCKC', '']) {
      expectError({ form }, 'Không nhận ra hình thức khen thưởng', 'Huân chương, Huy chương', 'Giấy khen')
    }
  })
})

describe('matchAwardForm: form and title cells', () => {
  it('takes the form from the form cell and the title from the title cell', () => {
    expectForm({ form: 'Huân chương', title: 'huân chương lao động hạng 3' }, 'order', 'Huân chương Lao động hạng Ba')
    expectForm({ form: 'Bằng khen', title: 'Bằng khen của Bộ trưởng Bộ Y tế' }, 'certificateOfMerit', 'Bằng khen của Bộ trưởng Bộ Y tế')
    expectForm({ form: 'Danh hiệu thi đua', title: 'Chiến sĩ thi đua toàn quốc' }, 'emulationTitle', 'Chiến sĩ thi đua toàn quốc')
    expectForm({ form: 'Danh hiệu vinh dự Nhà nước', title: 'Anh hùng Lao động' }, 'stateHonoraryTitle', 'Anh hùng Lao động')
    expectForm({ form: 'Huân chương Lao động', title: 'Huân chương Lao động hạng Nhì' }, 'order', 'Huân chương Lao động hạng Nhì')
    expectForm({ form: 'Giải thưởng', title: 'Giải thưởng Hồ Chí Minh về khoa học và công nghệ' }, 'prize', 'Giải thưởng Hồ Chí Minh về khoa học và công nghệ')
    expectForm({ form: 'Huân chương', title: 'hạng Ba' }, 'order', 'hạng Ba')
    expectForm({ form: 'Bằng khen', title: '   ' }, 'certificateOfMerit', 'Bằng khen')
  })

  it('rejects a title of another form, or another title of the same', () => {
    expectError({ form: 'Giấy khen', title: 'Huân chương Lao động hạng Ba' }, '"Giấy khen"', '"Huân chương Lao động hạng Ba" (Huân chương)')
    expectError({ form: 'Huân chương', title: 'Huy chương Chiến sĩ vẻ vang hạng Ba' }, 'không khớp')
    expectError({ form: 'Kỷ niệm chương', title: 'Huy chương Quân kỳ quyết thắng' }, 'không khớp')
    expectError({ form: 'Huân chương Lao động hạng Ba', title: 'Huân chương Lao động hạng Nhì' }, 'cùng một danh hiệu')
    expectError({ form: 'Khen', title: 'Bằng khen' }, 'Không nhận ra hình thức khen thưởng "Khen"')
  })
})
