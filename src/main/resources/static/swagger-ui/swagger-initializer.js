// Swagger UI on the hand-written contracts: swagger-config.json lists them (each API's name as its start-up line
// gives it, and the contract the server serves unchanged under /api-specs/), with the UI's options.
window.onload = async () => {
  const localIssuer = await fetch('/.well-known/oauth-authorization-server').then((answer) => answer.ok, () => false);
  window.ui = SwaggerUIBundle({
    configUrl: 'swagger-config.json',
    dom_id: '#swagger-ui',
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: localIssuer ? [LocalIssuer] : [],
    layout: 'StandaloneLayout',
  });
};

// Local mode only (the server then publishes its OAuth2 metadata): the server is also an OAuth2 issuer for its demo
// clients (README, "Demo clients"), which no contract documents (STAR and Altinn describe a bearer JWT). So that
// "Authorize" can fetch such a token with a demo client's id and secret, the contract as shown here gets that
// issuer as an oauth2 scheme (client credentials) with the scopes its operations name (x-scope, x-scopes),
// accepted wherever its bearer scheme is. The contract served under /api-specs/ is not changed.
function LocalIssuer() {
  return {
    statePlugins: {
      spec: {
        wrapActions: {
          updateJsonSpec: (original) => (json) => original(withLocalIssuer(json)),
        },
      },
    },
  };
}

function withLocalIssuer(spec) {
  const schemes = spec && spec.components && spec.components.securitySchemes;
  if (!schemes) {
    return spec;
  }
  const bearers = Object.keys(schemes).filter(
    (name) => schemes[name].type === 'http' && String(schemes[name].scheme).toLowerCase() === 'bearer');
  if (bearers.length === 0) {
    return spec;
  }
  const shown = JSON.parse(JSON.stringify(spec));
  const operations = Object.values(shown.paths || {}).flatMap((item) =>
    Object.values(item).filter((operation) => operation && typeof operation === 'object' && operation.responses));
  const scopes = {};
  operations.forEach((operation) =>
    [].concat(operation['x-scope'] || [], operation['x-scopes'] || []).forEach((scope) => { scopes[scope] = scope; }));
  shown.components.securitySchemes.localIssuer = {
    type: 'oauth2',
    description: "tvilling's local issuer (local mode only): a token for a demo client of the README.",
    flows: { clientCredentials: { tokenUrl: window.location.origin + '/oauth2/token', scopes } },
  };
  const widen = (requirements) => requirements && requirements.flatMap((requirement) =>
    Object.keys(requirement).some((name) => bearers.includes(name)) ? [requirement, { localIssuer: [] }] : [requirement]);
  shown.security = widen(shown.security);
  operations.forEach((operation) => {
    operation.security = widen(operation.security);
  });
  return shown;
}
