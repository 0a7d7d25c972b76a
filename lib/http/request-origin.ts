// The origins a request may rightly come from: the one Next puts in request.url, and the one the browser reached,
// named by the Host header. They differ when the server is started with a host name (`next start -H 127.0.0.1`
// builds request.url on "localhost"), and a browser at http://127.0.0.1:3000 sends that as its Origin. A cross-site
// page cannot make a browser send another site's Host with its own Origin, so matching either is the same check.

export function originsOfRequest(request: Request): string[] {
  const url = new URL(request.url);
  const origins = [url.origin];
  const host = request.headers.get('host');
  if (host && /^[a-z0-9.\-[\]:]+$/i.test(host)) {
    origins.push(`${url.protocol}//${host.toLowerCase()}`);
    if (request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https') origins.push(`https://${host}`);
  }
  return origins;
}
