import { describe, expect, it } from 'vitest'

import { resolvePublicUrl } from '@/lib/urls/publicUrl'

describe('the public URL', () => {
  it('follows the port when unset', () => {
    expect(resolvePublicUrl({})).toBe('http://localhost:3000')
    expect(resolvePublicUrl({ port: '3999' })).toBe('http://localhost:3999')
    expect(resolvePublicUrl({ port: '3999', value: '' })).toBe('http://localhost:3999')
  })

  it('keeps a configured origin, without a trailing slash', () => {
    expect(resolvePublicUrl({ port: '3999', value: 'https://thidua.example.vn/' })).toBe('https://thidua.example.vn')
    expect(resolvePublicUrl({ value: 'http://10.0.0.5:8080' })).toBe('http://10.0.0.5:8080')
  })

  it('refuses anything that is not a bare http(s) origin, naming the variable and never echoing a password', () => {
    for (const value of ['thidua.example.vn', 'ftp://thidua.example.vn', 'https://thidua.example.vn/trang', 'https://thidua.example.vn/?a=1', 'https://admin:mat-khau@thidua.example.vn']) {
      expect(() => resolvePublicUrl({ value }), value).toThrow(/NEXT_PUBLIC_SERVER_URL must be the site's public origin/)
    }
    expect(() => resolvePublicUrl({ value: 'https://admin:mat-khau@thidua.example.vn' })).not.toThrow(/mat-khau/)
  })

  it('refuses a port that is not one', () => {
    for (const port of ['abc', '0', '70000', '30 00']) expect(() => resolvePublicUrl({ port }), port).toThrow(/PORT must be a port number/)
  })
})
