/** Where the import lives in the admin (Vietnamese, like the other custom views). */
export const IMPORT_VIEW_PATH = '/nhap-du-lieu'
