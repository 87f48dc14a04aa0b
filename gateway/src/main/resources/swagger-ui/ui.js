// Points Swagger UI at this instance's own OpenAPI document.
window.ui = SwaggerUIBundle({
  url: "../../openapi",
  dom_id: "#swagger-ui",
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: "StandaloneLayout"
});
