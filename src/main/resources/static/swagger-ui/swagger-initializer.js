// The served contracts, their names and the UI's options come from swagger-config.json (platform.web.SwaggerUi).
window.onload = () => {
  window.ui = SwaggerUIBundle({
    configUrl: 'swagger-config.json',
    dom_id: '#swagger-ui',
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
  });
};
