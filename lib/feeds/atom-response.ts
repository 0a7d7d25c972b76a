/** The Atom feed is public like the API's answers: any origin, a minute in shared caches. */
export function atomResponse(xml: string | null): Response {
  return new Response(xml, {
    headers: {
      'content-type': 'application/atom+xml; charset=utf-8',
      'access-control-allow-origin': '*',
      'cache-control': 'public, max-age=60',
    },
  });
}
