import { cachedRead } from '@/lib/cache/cachedRead'
import type { FeedName } from './paths'
import { buildArticlesFeed } from './articles'
import { buildConsultationsFeed } from './consultations'
import { buildEventsFeed, type EventsFilter } from './events'
import { buildExemplarsFeed } from './exemplars'
import type { FeedDocument } from './model'
import { buildMovementsFeed } from './movements'

/** Every feed shows the publisher and default licence from site settings. */
const globals = ['site-settings']

/**
 * A post-dated article becomes visible with the clock, not with a publish
 * event, so article feeds are rebuilt at most a minute after their last
 * build: it shows up about a minute after its date, and never before, as
 * each build takes only what is dated up to that moment. (A cache key per
 * minute would do the same but leave a new cache entry on disk every minute.)
 */
const ARTICLE_FEED_MAX_AGE_SECONDS = 60

const buildArticlesNow = (columnSlug?: string) => buildArticlesFeed({ asOf: new Date().toISOString(), columnSlug })

/**
 * A consultation leaves the feed when its window closes, with the clock and
 * no edit; the feed checks each window against the moment it is built, so a
 * closed one is gone within this time (a nomination edit purges at once).
 */
const CONSULTATION_FEED_MAX_AGE_SECONDS = 60

const buildConsultationsNow = () => buildConsultationsFeed({ asOf: new Date().toISOString() })

/** Plain arguments make the cache key: one cache entry per province or movement. */
const buildEventsBy = (by?: EventsFilter['by'], slug?: string) => buildEventsFeed(by && slug ? { by, slug } : undefined)

/**
 * Built feeds are cached whole (HTML already converted from Lexical), under
 * the tags of every collection they read, so publishing, unpublishing or
 * deleting any of them rebuilds the feed on its next request.
 */
const cached = {
  articles: cachedRead('feeds:articles', ['articles', 'columns', 'media', 'exemplars', 'movements'], buildArticlesNow, { globals, maxAgeSeconds: ARTICLE_FEED_MAX_AGE_SECONDS }),
  exemplars: cachedRead('feeds:exemplars', ['exemplars', 'provinces', 'sectors', 'media', 'movements'], buildExemplarsFeed, { globals }),
  movements: cachedRead('feeds:movements', ['movements', 'media'], buildMovementsFeed, { globals }),
  // The programme's rich text links to exemplars, awards and documents.
  events: cachedRead('feeds:events', ['events', 'provinces', 'movements', 'media', 'exemplars', 'awards', 'documents'], buildEventsBy, { globals }),
  consultations: cachedRead('feeds:consultations', ['nominations', 'exemplars', 'provinces'], buildConsultationsNow, { globals, maxAgeSeconds: CONSULTATION_FEED_MAX_AGE_SECONDS }),
}

const uncached = { articles: buildArticlesNow, consultations: buildConsultationsNow, events: buildEventsBy, exemplars: buildExemplarsFeed, movements: buildMovementsFeed }

/**
 * The feed document for a name, `null` when there is no such feed (an
 * unknown or unpublished column, an unknown province, an unpublished movement). `cache: false` builds it straight from the
 * database (the benchmark measures that).
 */
export const loadFeed = ({ cache = true, name }: { cache?: boolean; name: FeedName }): Promise<FeedDocument | null> => {
  const use = cache ? cached : uncached
  if (name === 'guong-dien-hinh') return use.exemplars()
  if (name === 'phong-trao') return use.movements()
  if (name === 'lay-y-kien') return use.consultations()
  if (name === 'su-kien') return use.events()
  if (name.startsWith('su-kien/')) {
    const [, by, slug] = name.split('/')
    return use.events(by as EventsFilter['by'], slug)
  }
  return use.articles(name === 'bai-viet' ? undefined : name.slice('chuyen-muc/'.length))
}
