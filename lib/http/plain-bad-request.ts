/** 400 in plain text naming the parameter at fault: for downloads and feeds, which are not API answers. */
export function plainBadRequest(field: string, reason: string): Response {
  return new Response(`${field} ${reason}\n`, {
    status: 400,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=60' },
  });
}
