// The Meta row that holds the revalidation secret shared by the command line and every app instance.
export const REVALIDATE_SECRET_KEY = 'revalidate.secret';
