import { notFound } from 'next/navigation'

/**
 * Any path no route claims lands here, so its 404 renders inside the public
 * layout (lang="vi", navigation) rather than Next's bare page.
 */
export const generateStaticParams = async () => []

const UnknownPage = () => notFound()

export default UnknownPage
