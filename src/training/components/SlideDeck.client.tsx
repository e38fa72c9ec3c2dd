'use client'

import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react'

type Labels = Record<'exit' | 'fullscreen' | 'help' | 'next' | 'previous' | 'slides', string> & { slideOf: string }
type Props = { children: ReactNode; exitHref: string; labels: Labels; total: number }

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' '])
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp'])
const slideFromHash = (total: number): number => {
  const n = Number(/^#trang-(\d+)$/.exec(window.location.hash)?.[1] ?? 1)
  return Math.min(Math.max(Number.isInteger(n) ? n : 1, 1), total)
}

/**
 * Shows one slide at a time for a projector. Without script every slide is
 * still there, stacked, with anchors; with script the keys move between them,
 * the address keeps the slide number, and F goes full screen.
 */
export const SlideDeck = ({ children, exitHref, labels, total }: Props) => {
  const deck = useRef<HTMLDivElement>(null)
  const [current, setCurrent] = useState(0) // 0 until mounted: server HTML shows every slide

  const go = useCallback((n: number) => setCurrent(Math.min(Math.max(n, 1), total)), [total])

  useEffect(() => {
    setCurrent(slideFromHash(total))
    deck.current?.focus()
  }, [total])

  useEffect(() => {
    if (!current || !deck.current) return
    deck.current.querySelectorAll<HTMLElement>('.slide').forEach((slide, index) => {
      slide.hidden = index + 1 !== current
    })
    deck.current.scrollTop = 0
    window.history.replaceState(null, '', `#trang-${current}`)
  }, [current])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || (event.target instanceof HTMLElement && event.target.closest('summary, button, a, input, textarea'))) return
      if (NEXT.has(event.key)) go(current + 1)
      else if (PREVIOUS.has(event.key)) go(current - 1)
      else if (event.key === 'Home') go(1)
      else if (event.key === 'End') go(total)
      else if (event.key === 'f' || event.key === 'F') void toggleFullscreen()
      else if (event.key === 'Escape' && !document.fullscreenElement) window.location.assign(exitHref)
      else return
      event.preventDefault()
    }
    const toggleFullscreen = async () => {
      if (document.fullscreenElement) await document.exitFullscreen()
      else await deck.current?.requestFullscreen().catch(() => undefined)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [current, exitHref, go, total])

  return (
    <div aria-label={labels.slides} aria-roledescription="slide deck" className="deck" ref={deck} role="region" tabIndex={-1}>
      {children}
      <div className="deck-bar">
        <a href={exitHref}>{labels.exit}</a>
        {current ? (
          <>
            <button disabled={current <= 1} onClick={() => go(current - 1)} type="button">← {labels.previous}</button>
            <span aria-live="polite" className="deck-count">{labels.slideOf.replace('{n}', String(current)).replace('{total}', String(total))}</span>
            <button disabled={current >= total} onClick={() => go(current + 1)} type="button">{labels.next} →</button>
            <button onClick={() => void (document.fullscreenElement ? document.exitFullscreen() : deck.current?.requestFullscreen())} type="button">{labels.fullscreen}</button>
          </>
        ) : null}
        <span className="deck-help">{labels.help}</span>
      </div>
    </div>
  )
}
