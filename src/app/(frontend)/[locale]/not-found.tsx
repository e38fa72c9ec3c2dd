import { NotFoundMessage } from '@/components/NotFoundMessage'

/** Rendered inside the language's layout when a page calls notFound() (an unknown slug). */
const NotFound = () => (
  <div className="container section">
    <NotFoundMessage />
  </div>
)

export default NotFound
