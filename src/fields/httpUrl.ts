/** A text field's validator for an optional web address: empty, or http(s):// with no spaces. */
export const httpUrl = (value: unknown): true | string =>
  !value || /^https?:\/\/\S+$/i.test(String(value)) ? true : 'Địa chỉ phải bắt đầu bằng http:// hoặc https:// / Must start with http:// or https://'
