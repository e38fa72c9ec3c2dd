import { clusterListMetadata, ClusterListPage } from '@/clusters/views/ClusterListPage'

/** Prerendered; a publish purges it (the `emulation-clusters` tag). */
export const generateMetadata = clusterListMetadata

export default ClusterListPage
