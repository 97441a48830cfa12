// The served contracts, their names and the UI's options come from swagger-config.json (platform.web.SwaggerUi).
window.onload = () => {
  window.ui = SwaggerUIBundle({
    configUrl: 'swagger-config.json',
    dom_id: '#swagger-ui',
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [LocalIssuer],
    layout: 'StandaloneLayout',
  });
};

// Local mode only (swagger-config.json then names the local issuer): the server is also an OAuth2 issuer for its
// demo clients (README, "Demo clients"), which no contract documents (STAR and Altinn describe a bearer JWT).
// So that "Authorize" can fetch such a token with a demo client's id and secret, the contract as shown here gets
// that issuer as an oauth2 scheme (client credentials), accepted wherever its bearer scheme is. The contract
// served under /api-specs/ is not changed.
function LocalIssuer(system) {
  return {
    statePlugins: {
      spec: {
        wrapActions: {
          updateJsonSpec: (original) => (json) => original(withLocalIssuer(json, system.getConfigs().localIssuer)),
        },
      },
    },
  };
}

function withLocalIssuer(spec, issuer) {
  const schemes = spec && spec.components && spec.components.securitySchemes;
  if (!issuer || !schemes) {
    return spec;
  }
  const bearers = Object.keys(schemes).filter(
    (name) => schemes[name].type === 'http' && String(schemes[name].scheme).toLowerCase() === 'bearer');
  if (bearers.length === 0) {
    return spec;
  }
  const shown = JSON.parse(JSON.stringify(spec));
  shown.components.securitySchemes.localIssuer = {
    type: 'oauth2',
    description: "tvilling's local issuer (local mode only): a token for a demo client of the README.",
    flows: { clientCredentials: { tokenUrl: window.location.origin + issuer.tokenUrl, scopes: issuer.scopes } },
  };
  const widen = (requirements) => requirements && requirements.flatMap((requirement) =>
    Object.keys(requirement).some((name) => bearers.includes(name)) ? [requirement, { localIssuer: [] }] : [requirement]);
  shown.security = widen(shown.security);
  Object.values(shown.paths || {}).forEach((item) => Object.values(item).forEach((operation) => {
    if (operation && Array.isArray(operation.security)) {
      operation.security = widen(operation.security);
    }
  }));
  return shown;
}
