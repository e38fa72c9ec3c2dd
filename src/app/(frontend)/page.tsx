import { movementStatuses } from '../../collections/Movements/status'
import { ExemplarCard } from '../../components/exemplars/ExemplarCard'
import { formatDate } from '../../lib/dates'
import { optionLabel } from '../../lib/labels'
import { publicPathFor, sitePaths } from '../../lib/paths'
import { getLatestArticles, getLatestExemplars, getLatestMovements } from '../../lib/queries/home'

/** Prerendered; purged by the collection tags when something is published or unpublished. */
const HomePage = async () => {
  const [exemplars, movements, articles] = await Promise.all([getLatestExemplars(6), getLatestMovements(5), getLatestArticles(6)])
  return (
    <div className="container">
      <h1 className="visually-hidden">Thi đua – Cổng thông tin thi đua, khen thưởng</h1>
      <section aria-labelledby="guong-dien-hinh" className="section">
        <h2 id="guong-dien-hinh">Gương điển hình tiên tiến</h2>
        {exemplars.length ? (
          <ul className="cards">
            {exemplars.map((exemplar) => (
              <ExemplarCard exemplar={exemplar} key={exemplar.id} />
            ))}
          </ul>
        ) : (
          <p className="empty">Chưa có gương điển hình nào được công bố.</p>
        )}
      </section>
      <section aria-labelledby="phong-trao" className="section">
        <h2 id="phong-trao">Phong trào thi đua</h2>
        <ul className="list">
          {movements.map((movement) => (
            <li key={movement.id}>
              <a href={sitePaths.movement(movement.slug ?? '')}>{movement.name}</a>
              <p className="meta">
                {optionLabel(movementStatuses, movement.status)} · từ {formatDate(movement.period?.start)}
                {movement.period?.end ? ` đến ${formatDate(movement.period.end)}` : ''}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="bai-viet" className="section">
        <h2 id="bai-viet">Bài viết mới</h2>
        <ul className="list">
          {articles.map((article) => (
            <li key={article.id}>
              <a href={publicPathFor('articles', article)}>{article.title}</a>
              <p className="meta">
                {typeof article.column === 'object' && article.column ? `${article.column.name} · ` : ''}
                {formatDate(article.publishedAt)}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}

export default HomePage
