// The packed TypeScript clients against a running server (TVILLING_URL): for each API one success and one
// documented error, the error read as its documented model. Run by TypeScriptClientsTest (clients/tests).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import * as altinn from '@tvilling/altinn-systemregister-client';
import * as heliumv from '@tvilling/heliumv-user-client';
import * as lequinox from '@tvilling/lequinox-access-client';
import * as letasylcv from '@tvilling/star-letasylcv-client';
import * as virksomhedlogin from '@tvilling/star-virksomhedlogin-client';

const server = process.env.TVILLING_URL ?? 'http://localhost:8080';

/** A token of the local issuer for a demo client (README, "Demo clients"). */
async function token(client: string, scope?: string): Promise<string> {
  const response = await fetch(`${server}/oauth2/token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${btoa(`${client}:${client}-secret`)}` },
    body: new URLSearchParams(scope ? { grant_type: 'client_credentials', scope } : { grant_type: 'client_credentials' }),
  });
  assert.equal(response.status, 200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The documented error a generated client throws: its ResponseError, with the status asserted. */
async function failure(call: Promise<unknown>, status: number): Promise<Response> {
  const error: unknown = await call.then(
    () => assert.fail(`expected the documented ${status}`),
    (e: unknown) => e,
  );
  assert.ok(error instanceof Error && 'response' in error, `a ResponseError, not ${String(error)}`);
  const response = (error as { response: Response }).response;
  assert.equal(response.status, status);
  return response;
}

describe('STAR VirksomhedLogin', async () => {
  const api = new virksomhedlogin.VirksomhedLoginApi(
    new virksomhedlogin.Configuration({ basePath: `${server}/star`, accessToken: await token('jobcenter-101') }),
  );

  test('GetVirksomhedLogin: a company with logins (200)', async () => {
    const answer = await api.getVirksomhedLogin({ cvrNummer: '12345678' });
    assert.equal(answer.virksomhedLogin.cvrNummer, '12345678');
    assert.ok(answer.virksomhedLogin.senesteLoginTidspunkt instanceof Date);
  });

  test('GetVirksomhedLogin: an unknown company (404 120500, FejlResponseDto)', async () => {
    const response = await failure(api.getVirksomhedLogin({ cvrNummer: '99999999' }), 404);
    const fejl = virksomhedlogin.FejlResponseDtoFromJSON(await response.json());
    assert.deepEqual(fejl.fejl.map((f) => f.fejlkode), [120500]);
  });
});

describe('STAR LetAsylCv', async () => {
  const api = new letasylcv.LetAsylCvApi(
    new letasylcv.Configuration({ basePath: `${server}/star`, accessToken: await token('jobcenter-101') }),
  );

  test('GetLetAsylCv: a citizen with a CV (200)', async () => {
    const cv = await api.getLetAsylCv({ xCivilRegistrationIdentifier: '0101901234' });
    assert.ok(cv.cvStatusstruktur);
  });

  test('GetLetAsylCv: a citizen without a CV (404 1010, FejlResponseDto)', async () => {
    const response = await failure(api.getLetAsylCv({ xCivilRegistrationIdentifier: '0404904567' }), 404);
    const fejl = letasylcv.FejlResponseDtoFromJSON(await response.json());
    assert.deepEqual(fejl.fejl.map((f) => f.fejlkode), [1010]);
  });
});

describe('HELIUM V UserApi', () => {
  const api = new heliumv.UserApi(new heliumv.Configuration({ basePath: `${server}/restapi/services/rest` }));

  test('logon: the demo user (201)', async () => {
    const logon = await api.logon({ logonEntry: { username: 'demo', password: 'demo-pw' } });
    assert.match(logon.token, /^[0-9a-f-]{36}$/);
    assert.equal(logon.client, '001');
  });

  test('logon: no password (400, x-hv-error-code 9, key password)', async () => {
    const response = await failure(api.logon({ logonEntry: { username: 'demo' } as heliumv.LogonEntry }), 400);
    assert.equal(response.headers.get('x-hv-error-code'), '9');
    assert.equal(response.headers.get('x-hv-error-key'), 'password');
    assert.equal(response.headers.get('x-hv-error-value'), '{empty}');
  });
});

describe('Altinn system register', async () => {
  const api = new altinn.SystemRegisterApi(
    new altinn.Configuration({
      basePath: `${server}/authentication/api/v1`,
      accessToken: await token('vendor-991825827', 'altinn:authentication/systemregister.write'),
    }),
  );

  test("GetListOfRegisteredSystemsForVendor: the vendor's systems (200)", async () => {
    const systems = await api.getListOfRegisteredSystemsForVendor();
    assert.ok(systems.some((s) => s.systemId === '991825827_tvilling_demo'));
  });

  test('GetRegisteredSystemInfo: an unknown system (404, ProblemDetails)', async () => {
    const response = await failure(api.getRegisteredSystemInfo({ systemId: '991825827_finnes_ikke' }), 404);
    const problem = altinn.ProblemDetailsFromJSON(await response.json());
    assert.equal(problem.detail, "System with ID '991825827_finnes_ikke' not found.");
  });
});

describe('Lequinox access', () => {
  const api = (key: string) =>
    new lequinox.AccessApi(new lequinox.Configuration({ basePath: `${server}/lequinox`, apiKey: key }));

  test("Get access: the company's own access (200)", async () => {
    const access = await api('demo-key-se03').getAccess({ accessId: 'se03.Demo0001.Access01' });
    assert.equal(access.privateId, 'se03.Demo0001.Person01');
  });

  test("Get access: another company's access (404, the documented text)", async () => {
    const response = await failure(api('demo-key-se04').getAccess({ accessId: 'se03.Demo0001.Access01' }), 404);
    assert.equal(await response.text(), 'The access with ID se03.Demo0001.Access01 was not found');
  });
});
