import { clusterMetadata, ClusterPage } from '@/clusters/views/ClusterPage'

/** One year of a cluster. Rendered on first visit, then served from cache until a publish purges it. */
export const generateStaticParams = async () => []

export const generateMetadata = clusterMetadata

export default ClusterPage
