/** Where the activity log lives in the admin (Vietnamese, like the public paths). */
export const ACTIVITY_VIEW_PATH = '/hoat-dong'
